import { ReportBlock, ReportDocument, blocksShownIn } from '../../src/reports/document/report-document';
import { cellText } from '../../src/reports/rendering/cell-text';
import { contentsLabel } from '../../src/reports/rendering/contents-label';

/**
 * Reads the text extracted from a printed report (`pdftotext -raw`: content-stream order, a form feed
 * after each page) against the document it was drawn from, block by block, and says what a reader
 * would see wrong on paper: a word broken inside itself, a continued table page without its header
 * row, a header row or a heading left alone at the bottom of a page, a chart split over two pages.
 */
export type Step =
  | { kind: 'text'; text: string; what: string }
  | { kind: 'heading'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][]; what: string }
  | { kind: 'chart'; title: string };

/** pdfkit and Chromium may break a line after a hyphen or a slash (in a link); that is a break between words or parts of a link, not inside a word. */
export const normalise = (text: string) =>
  text
    .replace(/([-/])\n/g, '$1')
    .replace(/[^\S\f]+/g, ' ')
    .replace(/ ?\f ?/g, '\f')
    .trim();

const words = (text: string) =>
  normalise(text)
    .split(/[\s\f]+/)
    .filter(Boolean);

function blockSteps(block: ReportBlock, what: string): Step[] {
  switch (block.kind) {
    case 'facts':
      return block.facts.flatMap((f) => [
        { kind: 'text' as const, text: f.label, what },
        { kind: 'text' as const, text: cellText(f.value, f.type), what },
      ]);
    case 'table': {
      const caption: Step[] = block.caption ? [{ kind: 'heading', text: block.caption }] : [];
      if (block.rows.length === 0) return [...caption, { kind: 'text', text: block.emptyText ?? '—', what }];
      const rows = block.rows.map((row) => block.columns.map((c, i) => cellText(row[i] ?? null, c.type)));
      return [...caption, { kind: 'table', header: block.columns.map((c) => c.label), rows, what }];
    }
    case 'chart':
      return [{ kind: 'chart', title: block.title }];
    case 'paragraphs':
      return [
        ...(block.heading ? [{ kind: 'heading' as const, text: block.heading }] : []),
        ...block.items.map((text) => ({ kind: 'text' as const, text, what })),
      ];
  }
}

/** What a reader meets, in order. The HTML page also has its contents list, which the PDF leaves to its outline. */
export function documentSteps(document: ReportDocument, format: 'pdf' | 'html'): Step[] {
  const steps: Step[] = [{ kind: 'text', text: document.title, what: 'title' }];
  if (document.subtitle) steps.push({ kind: 'text', text: document.subtitle, what: 'subtitle' });
  for (const f of document.parameters)
    steps.push({ kind: 'text', text: f.label, what: 'parameters' }, { kind: 'text', text: cellText(f.value, f.type), what: 'parameters' });
  if (document.renderedAt) {
    const at = `${document.renderedAt.slice(0, 19).replace('T', ' ')} UTC`;
    const label = document.renderedAtLabel ?? 'Generated at';
    steps.push(...(format === 'pdf' ? [label, at] : [`${label} ${at}`]).map((text) => ({ kind: 'text' as const, text, what: 'generated at' })));
  }
  if (format === 'html') steps.push({ kind: 'text', text: contentsLabel(document.language), what: 'contents' });
  if (format === 'html') document.sections.forEach((s, i) => steps.push({ kind: 'text', text: `${i + 1}. ${s.title}`, what: 'contents' }));
  for (const section of document.sections) {
    steps.push({ kind: 'heading', text: section.title });
    for (const block of blocksShownIn(section, 'reading')) steps.push(...blockSteps(block, section.id));
  }
  if (document.footer) steps.push({ kind: 'text', text: document.footer, what: 'footer' });
  return steps;
}

/** Every word of every string the document prints (chart axis labels aside: those are the charts' own, and may be shortened). */
export function documentWords(document: ReportDocument): string[] {
  const texts = documentSteps(document, 'pdf').flatMap((s) =>
    s.kind === 'table' ? [...s.header, ...s.rows.flat()] : s.kind === 'chart' ? [s.title] : [s.text],
  );
  return [...new Set(texts.flatMap(words))];
}

export class PrintedText {
  private readonly text: string;
  private at = 0;
  page = 1;
  readonly problems: string[] = [];

  constructor(
    extracted: string,
    private readonly skipPageNumbers: boolean,
  ) {
    this.text = normalise(extracted);
  }

  private skipBetween(): void {
    for (;;) {
      const rest = this.text.slice(this.at, this.at + 40);
      const number = this.skipPageNumbers ? /^ ?\d+ \/ \d+\f/.exec(rest) : null;
      if (number) [this.at, this.page] = [this.at + number[0].length, this.page + 1];
      else if (rest.startsWith('\f')) [this.at, this.page] = [this.at + 1, this.page + 1];
      else if (rest.startsWith(' ')) this.at++;
      else return;
    }
  }

  private near = () => JSON.stringify(this.text.slice(Math.max(0, this.at - 40), this.at + 80));

  /** Reads `text` next; false (and a problem noted) if something else comes. */
  read(text: string, what: string): boolean {
    this.skipBetween();
    const wanted = normalise(text);
    if (this.text.startsWith(wanted, this.at)) {
      this.at += wanted.length;
      return true;
    }
    this.problems.push(`page ${this.page}, ${what}: expected ${JSON.stringify(wanted)} next, found ${this.near()}`);
    const found = this.text.indexOf(wanted, this.at);
    if (found >= 0) this.advanceTo(found + wanted.length);
    return false;
  }

  private advanceTo(position: number): void {
    this.page += (this.text.slice(this.at, position).match(/\f/g) ?? []).length;
    this.at = position;
  }

  /** The page the next text starts on. */
  nextPage(): number {
    this.skipBetween();
    return this.page;
  }

  walk(steps: Step[]): string[] {
    steps.forEach((step, i) => {
      if (step.kind === 'text') this.read(step.text, step.what);
      if (step.kind === 'heading') {
        this.read(step.text, 'heading');
        const page = this.page;
        if (i + 1 < steps.length && this.nextPage() !== page) this.problems.push(`page ${page}: heading ${JSON.stringify(step.text)} left alone at the bottom`);
      }
      if (step.kind === 'chart') this.chart(step.title);
      if (step.kind === 'table') this.table(step);
    });
    // after the first few, one misreading explains the rest
    return this.problems.slice(0, 4);
  }

  private chart(title: string): void {
    const page = this.nextPage();
    const found = this.text.indexOf(normalise(title), this.at);
    if (found < 0) return void this.problems.push(`page ${page}: chart ${JSON.stringify(title)} has no title`);
    this.advanceTo(found + normalise(title).length);
    if (this.page !== page) this.problems.push(`page ${page}: chart ${JSON.stringify(title)} split over pages ${page}-${this.page}`);
  }

  private table(step: Extract<Step, { kind: 'table' }>): void {
    const label = `table "${step.header.join(' | ')}"`;
    for (const h of step.header) this.read(h, `${label} header`);
    let page = this.page;
    step.rows.forEach((row, r) => {
      if (this.nextPage() !== page) {
        if (r === 0) this.problems.push(`page ${page}: ${label}: header row left alone at the bottom`);
        else step.header.forEach((h) => this.read(h, `${label} continued on page ${this.page} without its header row`));
        page = this.page;
      }
      row.forEach((cell, c) => this.read(cell, `${label} row ${r + 1} column ${step.header[c]}`));
    });
  }
}

/** Words of the document not found whole in the extracted text. */
export function brokenWords(document: ReportDocument, extracted: string): string[] {
  const text = ` ${normalise(extracted).replace(/\f/g, ' ')} `;
  return documentWords(document).filter((word) => !text.includes(word));
}
