import fc from 'fast-check';
import { escapeHtml, html } from './html';

/** What a browser would read back from the text of an element or a quoted attribute. */
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#96);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#96': '`' })[name] as string);

describe('the portal’s HTML templates', () => {
  it('escape a hand-made injection', () => {
    const title = `<script>alert("x")</script>" onload="x' &`;
    expect(html`<p title="${title}">${title}</p>`.text).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot; onload=&quot;x&#39; &amp;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot; onload=&quot;x&#39; &amp;</p>',
    );
  });

  it('never let a value open a tag, close the attribute or start an entity, whatever it holds', () => {
    const pieces = fc.oneof(fc.constantFrom('<', '>', '"', "'", '&', '`', '/', '=', ' ', 'script', 'amp;', '#39;'), fc.string({ unit: 'grapheme' }));
    const hostile = fc.array(pieces).map((parts) => parts.join(''));
    fc.assert(
      fc.property(hostile, (value) => {
        const out = html`<a title="${value}">${value}</a>`.text;
        const inner = out.slice('<a title="'.length, out.length - '</a>'.length);
        const [attribute, content] = inner.split('">');
        expect(attribute).not.toMatch(/[<>"'`]/);
        expect(content).not.toMatch(/[<>"'`]/);
        expect(unescape(attribute)).toBe(value);
        expect(unescape(content)).toBe(value);
      }),
    );
  });

  it('insert nested templates as they are, and escape arrays item by item', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (items) => {
        const out = html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`.text;
        expect(out).toBe(`<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
        expect(out.match(/<li>/g)?.length ?? 0).toBe(items.length);
      }),
    );
  });

  it('render nothing for null, undefined and false', () => {
    expect(html`[${null}${undefined}${false}${0}]`.text).toBe('[0]');
  });
});
