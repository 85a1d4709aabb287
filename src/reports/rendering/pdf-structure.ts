import type { ChartBlock } from '../document/report-document';

type Pdf = PDFKit.PDFDocument;

/**
 * The PDF's structure tree, for screen readers: the document, its sections, headings, paragraphs, tables with header
 * cells, figures with a text alternative. What only lays out the page (rules, fills, page numbers, header rows
 * repeated on a continued page) is marked as an artifact, which readers skip.
 */
type StructureElement = ReturnType<Pdf['struct']>;

const open = new WeakMap<Pdf, StructureElement[]>();

const parentOf = (pdf: Pdf): StructureElement => {
  const stack = open.get(pdf);
  if (!stack?.length) throw new Error('the document structure was not begun');
  return stack[stack.length - 1];
};

export function beginStructure(pdf: Pdf): void {
  const document = pdf.struct('Document');
  pdf.addStructure(document);
  open.set(pdf, [document]);
}

export function endStructure(pdf: Pdf): void {
  open.get(pdf)?.[0].end();
  open.delete(pdf);
}

/** An element that holds others (a section, a table, a row): what `draw` tags goes inside it. */
export function grouped(pdf: Pdf, type: string, draw: () => void): void {
  const element = pdf.struct(type);
  parentOf(pdf).add(element);
  open.get(pdf)?.push(element);
  try {
    draw();
  } finally {
    open.get(pdf)?.pop();
    element.end();
  }
}

/** An element whose content is what `draw` puts on the page: a heading, a paragraph, a cell, a figure. */
export function tagged(pdf: Pdf, type: string, draw: () => void, options: { alt?: string } = {}): void {
  parentOf(pdf).add(pdf.struct(type, options, draw));
}

export function artifact(pdf: Pdf, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  pdf.markContent('Artifact', { type });
  draw();
  pdf.endMarkedContent();
}

/** A chart's text alternative: its title, then each series' value in each category. */
export function chartAlternative(chart: ChartBlock): string {
  const series = chart.series.map((s) => `${s.label}: ${s.values.map((v, i) => (chart.categories[i] ? `${chart.categories[i]} ${v}` : `${v}`)).join(', ')}`);
  return [chart.title, ...series].join('. ');
}
