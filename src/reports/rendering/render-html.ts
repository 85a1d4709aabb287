import { ReportDocument } from '../document/report-document';
import { contentsLabel } from './contents-label';
import { anchorId, escapeHtml } from './escape-html';
import { factsHtml, sectionHtml } from './html-blocks';
import { REPORT_STYLE, REPORT_STYLE_HASH } from './report-style';

/** Even saved to disk the page may load nothing and run nothing: only its own style sheet and inline SVG. */
const POLICY = `default-src 'none'; style-src '${REPORT_STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

function headerHtml(document: ReportDocument): string {
  const subtitle = document.subtitle ? `<p class="subtitle">${escapeHtml(document.subtitle)}</p>` : '';
  const rendered = document.renderedAt
    ? `<p class="rendered">${escapeHtml(document.renderedAtLabel ?? '')} ${escapeHtml(document.renderedAt.replace('T', ' ').slice(0, 19))} UTC</p>`
    : '';
  const logos = document.logos?.length
    ? `<div class="logos">${document.logos.map((l) => `<img alt="${escapeHtml(l.label)}" src="data:${l.mediaType};base64,${l.base64}">`).join('')}</div>`
    : '';
  return `<header>${logos}<h1>${escapeHtml(document.title)}</h1>${subtitle}\n${factsHtml(document.parameters, 'parameters')}${rendered}</header>`;
}

function contentsHtml(document: ReportDocument): string {
  const label = escapeHtml(contentsLabel(document.language));
  const items = document.sections.map((s) => `<li><a href="#${anchorId(s.id)}">${escapeHtml(s.title)}</a></li>`).join('');
  return `<nav aria-label="${label}"><h2>${label}</h2><ol>${items}</ol></nav>`;
}

/** A self-contained printable page: inline styles and SVG only, no scripts and no requests. */
export function renderHtml(document: ReportDocument): string {
  return `<!doctype html>
<html lang="${escapeHtml(document.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title><style>${REPORT_STYLE}</style></head>
<body>${headerHtml(document)}
${contentsHtml(document)}
<main>${document.sections.map(sectionHtml).join('\n')}</main>${document.footer ? `\n<footer class="regenerate">${escapeHtml(document.footer)}</footer>` : ''}</body></html>
`;
}
