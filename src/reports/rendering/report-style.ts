import { createHash } from 'node:crypto';

/** The printable page's styles: readable on screen, A4 on paper, table headers repeated on each printed page. */
export const REPORT_STYLE = `
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1a1a1a;background:#fff;margin:2rem auto;max-width:1100px;padding:0 1rem;font-size:14px;line-height:1.4}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;border-bottom:2px solid #0b3c5d;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.05rem;margin:1rem 0 .4rem}
.subtitle{font-size:1.05rem;color:#333;margin:0 0 1rem}
dl.parameters,dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0 1rem}
dl.parameters div,dl.facts div{display:contents}dl.facts dd.num{font-variant-numeric:tabular-nums}
dl.parameters{background:#f3f6f9;border:1px solid #c9d3dd;padding:.75rem}dt{font-weight:bold}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem;font-size:12px}caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border:1px solid #b8c2cc;padding:.25rem .4rem;vertical-align:top;text-align:left}td{overflow-wrap:break-word}th{background:#e4ebf1;overflow-wrap:normal}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}th.num{text-align:right}td.date{white-space:nowrap}
thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}
figure.chart{margin:.5rem 0 1.5rem;max-width:760px;break-inside:avoid;page-break-inside:avoid}figure.chart svg{display:block}figcaption{font-size:12px;color:#333}
.narrative p{margin:.3rem 0;white-space:pre-line}.empty{color:#444;font-style:italic}.rendered{color:#444;font-size:12px}.regenerate{color:#444;font-size:12px;margin-top:2rem;border-top:1px solid #ccc;padding-top:.5rem}
nav ol{columns:2;font-size:13px}a{color:#0b3c5d}
.logos{display:flex;justify-content:space-between;align-items:center;margin-bottom:1rem}.logos img{max-height:64px;max-width:220px}
@media print{@page{size:A4;margin:15mm 12mm}body{margin:0;padding:0;max-width:none;font-size:10.5px}table{font-size:9px}th,td{padding:.15rem .25rem}table.wide{font-size:7px}table.wide th,table.wide td{padding:.1rem .15rem}
h2,h3,caption{break-after:avoid;page-break-after:avoid}section.ends-page{break-after:page;page-break-after:always}
dl.parameters{background:none}th{background:#e4ebf1;-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}}
`;

/** Lets a content security policy allow exactly this style sheet and nothing else inline. */
export const REPORT_STYLE_HASH = `sha256-${createHash('sha256').update(REPORT_STYLE).digest('base64')}`;
