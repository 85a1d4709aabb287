import { SafeHtml, html } from '../html';
import { PORTAL_LANGUAGES, PortalLanguage, textOf } from '../portal-texts';

/** Small and inline: one request per page, readable on a phone, no script at all. */
const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafaf7}
header,main,footer{max-width:52rem;margin:0 auto;padding:.75rem 1rem}header{display:flex;flex-wrap:wrap;gap:.5rem;justify-content:space-between;align-items:baseline}
header a{color:inherit}nav a{margin-left:.5rem}nav a[aria-current]{font-weight:700;text-decoration:none}
h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.2rem;margin-top:1.5rem}a{color:#0b5394}
ul.cards{list-style:none;padding:0}ul.cards li{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.75rem;margin:.5rem 0}
.status{display:inline-block;padding:0 .4rem;border-radius:4px;background:#eef;font-size:.875rem}
dl.facts div{display:flex;gap:.5rem}dl.facts dt{font-weight:600;min-width:10rem}dl.facts dd{margin:0}
ol.timeline{padding-left:1.25rem}ol.timeline li{margin:.5rem 0}.muted{color:#555;font-size:.875rem}svg{max-width:100%;height:auto}
footer{border-top:1px solid #ddd;font-size:.875rem}`;

export interface PageFrame {
  language: PortalLanguage;
  title: string;
  /** The page's path without the query, for the language links. */
  path: string;
  body: SafeHtml;
}

function languageSwitch(language: PortalLanguage, path: string): SafeHtml {
  const links = PORTAL_LANGUAGES.map(
    (other) =>
      html`<a href="${`${path}?lang=${other}`}" hreflang="${other}" lang="${other}" ${other === language ? html`aria-current="true"` : ''}>${other.toUpperCase()}</a>`,
  );
  return html`<nav aria-label="${textOf(language, 'portal.language')}">${links}</nav>`;
}

export function page({ language, title, path, body }: PageFrame): string {
  const t = (key: string) => textOf(language, key);
  return html`<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${new SafeHtml(STYLE)}</style></head>
<body><header><a href="${`/portal?lang=${language}`}">${t('portal.back')}</a>${languageSwitch(language, path)}</header>
<main>${body}</main>
<footer>${t('portal.openData')}: <a href="/open-data/forums.csv">forums.csv</a> · <a href="/open-data/forums.json">forums.json</a> ·
<a href="/open-data/recommendations.csv">recommendations.csv</a> · <a href="/open-data/recommendations.json">recommendations.json</a></footer>
</body></html>`.text;
}
