/** The printable page's styles: readable on screen, A4 on paper, headers repeated on each printed page. */
export const REPORT_STYLE = `
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1a1a1a;background:#fff;margin:2rem auto;max-width:1100px;padding:0 1rem;font-size:14px;line-height:1.4}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;border-bottom:2px solid #0b3c5d;padding-bottom:.2rem;margin-top:2rem}
.subtitle{font-size:1.05rem;color:#333;margin:0 0 1rem}
dl.parameters,dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0 1rem}
dl.parameters{background:#f3f6f9;border:1px solid #c9d3dd;padding:.75rem}dt{font-weight:bold}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem;font-size:12px}caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border:1px solid #b8c2cc;padding:.25rem .4rem;vertical-align:top;text-align:left}th{background:#e4ebf1}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}thead{display:table-header-group}tr{page-break-inside:avoid;break-inside:avoid}
figure.chart{margin:.5rem 0 1.5rem;break-inside:avoid;page-break-inside:avoid}figcaption{font-size:12px;color:#333}
ul.narrative li{margin:.2rem 0}.empty{color:#555;font-style:italic}.rendered{color:#555;font-size:12px}
nav ol{columns:2;font-size:13px}a{color:#0b3c5d}
@media print{@page{size:A4;margin:15mm}body{margin:0;max-width:none;font-size:11px}nav{display:none}
section#forums,section#transitions{page-break-before:always;break-before:page}a{color:inherit;text-decoration:none}}
`;
