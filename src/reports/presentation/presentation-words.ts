import { CellType, CellValue, ChartBlock, Fact, ParagraphsBlock, TableBlock, TableColumn } from '../document/report-document';
import { STATUSES, StatusCounts } from '../figures/report-figures';
import { NotListedSentences, ReportLabels } from '../labels/report-labels';
import { countText } from './reading-limits';
import { type TagLabelsByCode, snapshotLabeller, tagLabel } from '../../recommendations/tag-labels';
import type { TagLanguage } from '../../recommendations/tag-vocabularies';

/** Small pieces every presenter uses to turn report data into document blocks in one language. */
export class PresentationWords {
  constructor(
    readonly labels: ReportLabels,
    private readonly terms?: TagLabelsByCode,
  ) {}

  /** A theme or region in the report's language; without the vocabularies' terms, the code as recorded. */
  tag(kind: 'themes' | 'regions', code: string): string {
    return this.terms ? tagLabel(snapshotLabeller(this.terms), kind, code, this.labels.language as TagLanguage) : code;
  }

  field(key: string): string {
    return this.labels.fields[key] ?? key;
  }

  status(status: string | null): string {
    return status ? (this.labels.statuses[status] ?? status) : this.labels.none;
  }

  event(type: string): string {
    return this.labels.events[type] ?? type;
  }

  role(role: string | null): string {
    return role ? (this.labels.roles[role] ?? role) : this.labels.none;
  }

  indicator(key: string): string {
    if (key.startsWith('pillar:')) return this.labels.indicators.pillar.replace('{pillar}', this.pillar(key.slice('pillar:'.length)));
    return this.labels.indicators[key] ?? key;
  }

  pillar(key: string): string {
    return this.labels.pillars[key] ?? key;
  }

  met(met: boolean | null): string {
    return met === null ? this.labels.noTarget : met ? this.labels.yes : this.labels.no;
  }

  column(key: string, type: CellType = 'text'): TableColumn {
    return { key, label: this.field(key), type };
  }

  fact(key: string, value: CellValue, type: CellType = 'text'): Fact {
    return { label: this.field(key), value, type };
  }

  /** A table of counts by status: one column per status, after the given leading columns. */
  statusColumns(): TableColumn[] {
    return STATUSES.map((s) => ({ key: s, label: this.status(s), type: 'integer' as const }));
  }

  statusCells(counts: StatusCounts): number[] {
    return STATUSES.map((s) => counts[s]);
  }

  /** The note over a list HTML and PDF shorten: `listed` of `total` shown (`total` > `listed`), the numbers in the report's language. */
  notListed(list: keyof NotListedSentences, listed: number, total: number, recommendations = 0): string {
    const n = (value: number) => countText(this.labels.language, value);
    return this.labels.sentences.notListed[list](n(listed), n(total), n(total - listed), n(recommendations));
  }

  /** The closing line of every report: how to get exactly it again. */
  regenerate(position: string | null, asOf: string, language: string): string {
    return this.labels.sentences.regenerate(position ?? this.labels.none, asOf, language);
  }

  /** A chart, or "nothing to report" under its title when every value is zero: a chart of nothing says nothing. */
  chart(chart: Omit<ChartBlock, 'kind'>): ChartBlock | ParagraphsBlock {
    const drawn = chart.series.some((series) => series.values.some((v) => v !== 0));
    return drawn ? { kind: 'chart', ...chart } : { kind: 'paragraphs', heading: chart.title, items: [this.labels.sentences.nothing] };
  }

  table(columns: TableColumn[], rows: CellValue[][], caption?: string): TableBlock {
    return { kind: 'table', columns, rows, emptyText: this.labels.sentences.nothing, ...(caption ? { caption } : {}) };
  }
}
