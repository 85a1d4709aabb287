import { Language, NotificationKind } from '../notification-kinds';
import { MESSAGE_TEXTS, MessageFacts } from './message-texts';

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

export interface MessageLinks {
  recommendation: string;
  unsubscribe: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The message of a kind in a language, as plain text and HTML, with the recommendation's and the unsubscribe link. */
export function renderMessage(kind: NotificationKind, language: Language, facts: MessageFacts, links: MessageLinks): RenderedMessage {
  const texts = MESSAGE_TEXTS[language] ?? MESSAGE_TEXTS.en;
  const subject = `[Follow-through] ${texts.kinds[kind].subject(facts)}`;
  const body = texts.kinds[kind].body(facts);
  const text = [
    texts.greeting(facts.recipientName),
    '',
    body,
    '',
    `"${facts.recommendationText}"`,
    '',
    `${texts.open}: ${links.recommendation}`,
    '',
    '--',
    texts.footer,
    `${texts.unsubscribe}: ${links.unsubscribe}`,
  ].join('\n');
  const html = `<!doctype html><html lang="${language}"><body>
<p>${escape(texts.greeting(facts.recipientName))}</p>
<p>${escape(body)}</p>
<blockquote>${escape(facts.recommendationText)}</blockquote>
<p><a href="${escape(links.recommendation)}">${escape(texts.open)}</a></p>
<hr><p><small>${escape(texts.footer)} <a href="${escape(links.unsubscribe)}">${escape(texts.unsubscribe)}</a></small></p>
</body></html>`;
  return { subject, text, html };
}

export interface DigestLine {
  subject: string;
  link: string;
}

/** The daily digest: one line and link per notification it gathers. */
export function renderDigest(language: Language, recipientName: string, lines: DigestLine[], unsubscribe: string): RenderedMessage {
  const texts = MESSAGE_TEXTS[language] ?? MESSAGE_TEXTS.en;
  const subject = `[Follow-through] ${texts.digest(lines.length)}`;
  const strip = (s: string) => s.replace(/^\[Follow-through\] /, '');
  const text = [
    texts.greeting(recipientName),
    '',
    ...lines.flatMap((line) => [`- ${strip(line.subject)}`, `  ${line.link}`]),
    '',
    '--',
    texts.footer,
    `${texts.unsubscribe}: ${unsubscribe}`,
  ].join('\n');
  const items = lines.map((line) => `<li><a href="${escape(line.link)}">${escape(strip(line.subject))}</a></li>`).join('\n');
  const html = `<!doctype html><html lang="${language}"><body>
<p>${escape(texts.greeting(recipientName))}</p>
<ul>
${items}
</ul>
<hr><p><small>${escape(texts.footer)} <a href="${escape(unsubscribe)}">${escape(texts.unsubscribe)}</a></small></p>
</body></html>`;
  return { subject, text, html };
}

/** An invitation or a password reset: the one-time link to choose a password; no unsubscribe (the person asked for nothing else). */
export function renderAccountLink(kind: 'invitation' | 'password-reset', language: Language, recipientName: string, link: string, expiresAt: string) {
  const texts = MESSAGE_TEXTS[language] ?? MESSAGE_TEXTS.en;
  const own = texts.accountLinks[kind];
  const when = expiresAt.slice(0, 16).replace('T', ' ');
  const subject = `[Follow-through] ${own.subject}`;
  const text = [texts.greeting(recipientName), '', own.body(when), '', `${own.action}: ${link}`].join('\n');
  const html = `<!doctype html><html lang="${language}"><body>
<p>${escape(texts.greeting(recipientName))}</p>
<p>${escape(own.body(when))}</p>
<p><a href="${escape(link)}">${escape(own.action)}</a></p>
</body></html>`;
  return { subject, text, html };
}
