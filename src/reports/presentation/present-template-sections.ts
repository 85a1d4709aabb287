import { ParagraphsBlock, ReportSection } from '../document/report-document';
import { EU_NARRATIVE, NarrativeSection } from '../../reporting-framework/reporting-framework.events';
import { STATUSES } from '../figures/report-figures';
import { EuSection, IndicatorResult, InlSection, NarrativeItem } from '../donor-accountability/donor-accountability-report';
import { PresentationWords } from './presentation-words';
import { READING_LIMITS } from './reading-limits';

const show = (value: number | null, words: PresentationWords) => (value === null ? words.labels.none : String(value));

type Narrative = Partial<Record<NarrativeSection, string>>;

/** A written text as paragraphs (a blank line between two). */
export const writtenParagraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** A list the tracker made, longer than READING_LIMITS.narrativeItems: whole in CSV and XLSX, its first items and a note in HTML and PDF. */
function firstItems(list: ParagraphsBlock, words: PresentationWords): ParagraphsBlock[] {
  const limit = READING_LIMITS.narrativeItems;
  if (list.items.length <= limit) return [list];
  const note = words.notListed('items', limit, list.items.length);
  return [
    { ...list, onlyIn: 'data' },
    { ...list, items: [note, ...list.items.slice(0, limit)], onlyIn: 'reading' },
  ];
}

export function inlSections(inl: InlSection, words: PresentationWords, narrative: Narrative = {}): ReportSection[] {
  const s = words.labels.sentences;
  const org = (item: NarrativeItem) => item.organisation ?? words.labels.none;
  const paragraphs = (items: string[], key: NarrativeSection): ParagraphsBlock[] => {
    const written = narrative[key];
    const list: ParagraphsBlock = {
      kind: 'paragraphs',
      items: items.length ? items : [s.nothing],
      ...(written ? { heading: words.field('recordedInTracker') } : {}),
    };
    // The coordinators' text first; the lists the tracker made follow under their own heading.
    return [...(written ? [{ kind: 'paragraphs' as const, items: writtenParagraphs(written) }] : []), ...firstItems(list, words)];
  };
  return [
    { id: 'indicators', title: words.labels.sections.indicators, blocks: indicatorTables(inl.indicators, words) },
    {
      id: 'accomplishments',
      title: words.labels.sections.accomplishments,
      blocks: paragraphs(
        inl.accomplishments.map((i) => s.accomplished(i.text, org(i), i.date ?? '', i.detail)),
        'accomplishments',
      ),
    },
    {
      id: 'goalsNotMet',
      title: words.labels.sections.goalsNotMet,
      blocks: paragraphs(
        [
          ...inl.goalsNotMet.indicators.map((i) => s.indicatorMissed(words.indicator(i.indicator), show(i.target, words), show(i.actual, words))),
          ...inl.goalsNotMet.setbacks.map((i) =>
            i.kind === 'overdue' ? s.overdue(i.text, org(i), i.date ?? '', i.detail) : s.setback(words.event(i.kind), i.text, org(i), i.date ?? '', i.detail),
          ),
        ],
        'goalsNotMet',
      ),
    },
    {
      id: 'nextSteps',
      title: words.labels.sections.nextSteps,
      blocks: paragraphs(
        inl.nextSteps.map((i) => s.nextStep(i.text, org(i), i.date ?? '', words.status(i.detail))),
        'nextSteps',
      ),
    },
  ];
}

/** The EU's interim narrative (Annex VI): each section the coordinators wrote, under its heading; none when nothing was written. */
function euNarrativeSection(words: PresentationWords, narrative: Narrative): ReportSection[] {
  const blocks: ParagraphsBlock[] = EU_NARRATIVE.flatMap((key) => {
    const text = narrative[key];
    return text ? [{ kind: 'paragraphs' as const, heading: words.labels.sections[key], items: writtenParagraphs(text) }] : [];
  });
  return blocks.length ? [{ id: 'narrative', title: words.labels.sections.narrative, blocks }] : [];
}

export function euSections(eu: EuSection, words: PresentationWords, narrative: Narrative = {}): ReportSection[] {
  return [
    ...euNarrativeSection(words, narrative),
    {
      id: 'pillars',
      title: words.labels.sections.pillars,
      blocks: [
        words.table(
          [
            words.column('pillar'),
            words.column('themes'),
            words.column('recommendations', 'integer'),
            ...words.statusColumns(),
            words.column('implementedInPeriod', 'integer'),
            words.column('implementationRate', 'percent'),
            words.column('target', 'integer'),
            words.column('met'),
          ],
          eu.pillars.map((p) => [
            words.pillar(p.pillar),
            p.themes.map((theme) => words.tag('themes', theme)).join(', '),
            p.recommendations,
            ...words.statusCells(p.byStatus),
            p.implementedInPeriod,
            p.implementationRate,
            p.target,
            words.met(p.met),
          ]),
        ),
        words.chart({
          chart: 'stacked-bar',
          title: words.labels.sections.pillars,
          categories: eu.pillars.map((p) => words.pillar(p.pillar)),
          series: STATUSES.filter((st) => eu.pillars.some((p) => p.byStatus[st] > 0)).map((st) => ({
            label: words.status(st),
            status: st,
            values: eu.pillars.map((p) => p.byStatus[st]),
          })),
        }),
      ],
    },
    { id: 'resultsFramework', title: words.labels.sections.resultsFramework, blocks: indicatorTables(eu.resultsFramework, words) },
  ];
}

const RATES = new Set(['implementationRate']);

/** Counts in one table, rates in another, so that every format prints a rate as a percent (a cell's type is its column's). */
export function indicatorTables(results: IndicatorResult[], words: PresentationWords) {
  const table = (rows: IndicatorResult[], type: 'number' | 'percent') =>
    words.table(
      [words.column('indicator'), words.column('target', type), words.column('actual', type), words.column('met')],
      rows.map((r) => [words.indicator(r.indicator), r.target, r.actual, words.met(r.met)]),
    );
  const rates = results.filter((r) => RATES.has(r.indicator));
  const counts = results.filter((r) => !RATES.has(r.indicator));
  return rates.length ? [table(counts, 'number'), table(rates, 'percent')] : [table(counts, 'number')];
}
