import { ReportBlock, ReportSection, TableBlock } from '../document/report-document';
import {
  Breakdown,
  DonorAccountabilityReport,
  ForumInPortfolio,
  OrganisationScore,
  OverdueCommitment,
} from '../donor-accountability/donor-accountability-report';
import { EvidenceItem } from '../source/report-source';
import { PresentationWords } from './presentation-words';
import { READING_LIMITS, readingNote, shortenedTable } from './reading-limits';

export function evidenceText(evidence: EvidenceItem[]): string | null {
  if (evidence.length === 0) return null;
  return evidence.map((e) => (e.file ? fileText(e.title, e.file) : [e.title, e.url ?? e.reference].filter(Boolean).join(': '))).join('; ');
}

/** A file by its title, its name as uploaded and its full SHA-256, so that a printed report identifies the very file. */
function fileText(title: string, file: { name: string; sha256: string }): string {
  return `${title}: ${file.name} (SHA-256 ${file.sha256})`;
}

/** With `shortened`, HTML and PDF show the donor report's READING_LIMITS; without (one forum's own report), every recommendation. */
export function forumsSection(forums: ForumInPortfolio[], words: PresentationWords, shortened = false): ReportSection {
  const columns = [
    words.column('recommendation'),
    words.column('responsible'),
    words.column('dueDate', 'date'),
    words.column('statusAtStart'),
    words.column('statusAtEnd'),
    words.column('percentComplete', 'integer'),
    words.column('implementedAt', 'date'),
    words.column('lastNote'),
  ];
  const forumBlocks = (forum: ForumInPortfolio): ReportBlock[] => [
    {
      kind: 'facts' as const,
      facts: [
        words.fact('forum', forum.title),
        words.fact('dates', forumDates(forum, words.labels.periods.months)),
        words.fact('location', [forum.location.region, forum.location.country, ...(forum.countriesVisited ?? [])].filter(Boolean).join(', ') || null),
        words.fact('programme', forum.programme),
        words.fact('participants', forum.participants, 'integer'),
        words.fact('implementationRate', forum.implementationRate, 'percent'),
      ],
    },
    words.table(
      columns,
      forum.recommendations.map((r) => [
        r.text,
        r.responsible?.name ?? null,
        r.dueDate,
        words.status(r.statusAtStart),
        words.status(r.statusAtEnd),
        r.percentComplete,
        r.implementedAt?.slice(0, 10) ?? null,
        r.lastNote,
      ]),
      forum.title,
    ),
  ];
  return { id: 'forums', title: words.labels.sections.forums, blocks: shortened ? forumsShortened(forums, forumBlocks, words) : forums.flatMap(forumBlocks) };
}

/**
 * In HTML and PDF: the first forums in full, each listing its first recommendations, and a note for the rest
 * (READING_LIMITS); CSV and XLSX show every forum with every recommendation.
 */
function forumsShortened(forums: ForumInPortfolio[], blocksOf: (forum: ForumInPortfolio) => ReportBlock[], words: PresentationWords): ReportBlock[] {
  const { forums: forumLimit, recommendationsPerForum: limit } = READING_LIMITS;
  const shown = forums.slice(0, forumLimit).flatMap((forum) =>
    blocksOf(forum).flatMap((block) => {
      if (block.kind !== 'table') return [block];
      const note = words.notListed('recommendations', limit, block.rows.length);
      return shortenedTable(block, limit, note);
    }),
  );
  const rest = forums.slice(forumLimit);
  if (rest.length === 0) return shown;
  const hidden = rest.flatMap(blocksOf).map((block) => ({ ...block, onlyIn: 'data' as const }));
  const recommendations = rest.reduce((n, forum) => n + forum.recommendations.length, 0);
  return [...shown, ...hidden, readingNote(words.notListed('forums', forumLimit, forums.length, recommendations))];
}

export function transitionsSection(report: DonorAccountabilityReport, words: PresentationWords): ReportSection {
  const texts = new Map(report.forums.flatMap((f) => f.recommendations.map((r) => [r.id, r.text] as const)));
  return {
    id: 'transitions',
    title: words.labels.sections.transitions,
    blocks: latestTransitionsFirst(
      words.table(
        [
          words.column('effectiveAt', 'datetime'),
          words.column('recordedAt', 'datetime'),
          words.column('recommendation'),
          words.column('event'),
          words.column('status'),
          words.column('actor'),
          words.column('note'),
          words.column('evidence'),
        ],
        report.transitions.map((t) => [
          t.effectiveAt,
          t.recordedAt,
          texts.get(t.recommendationId) ?? t.recommendationId,
          words.event(t.type),
          `${words.status(t.from)} → ${words.status(t.to)}`,
          [t.actor.organisationName, words.role(t.actor.role)].filter(Boolean).join(', '),
          t.note,
          evidenceText(t.evidence),
        ]),
      ),
      words,
    ),
  };
}

/** The report lists transitions in the order they happened; HTML and PDF show the latest READING_LIMITS.transitions, latest first. */
function latestTransitionsFirst(table: TableBlock, words: PresentationWords): ReportBlock[] {
  const limit = READING_LIMITS.transitions;
  return shortenedTable(table, limit, words.notListed('transitions', limit, table.rows.length), (rows) => rows.slice(-limit).reverse());
}

export function scorecardSection(scores: OrganisationScore[], words: PresentationWords): ReportSection {
  return {
    id: 'scorecards',
    title: words.labels.sections.scorecards,
    blocks: [
      words.table(
        [
          words.column('organisation'),
          words.column('responsibleFor', 'integer'),
          ...words.statusColumns().filter((c) => c.key !== 'proposed'),
          words.column('overdue', 'integer'),
          words.column('onTimeRate', 'percent'),
          words.column('medianDaysToImplementation', 'number'),
        ],
        scores.map((s) => [
          s.name,
          s.responsibleFor,
          ...words.statusCells(s.byStatus).filter((_, i) => i !== 0),
          s.overdue,
          s.onTimeRate,
          s.medianDaysToImplementation,
        ]),
      ),
      words.chart({
        chart: 'stacked-bar',
        title: words.labels.sections.scorecards,
        categories: scores.map((s) => s.name),
        series: (['assigned', 'accepted', 'in_progress', 'implemented', 'verified'] as const).map((status) => ({
          label: words.status(status),
          status,
          values: scores.map((s) => s.byStatus[status]),
        })),
      }),
    ],
  };
}

export function breakdownSection(id: 'byTheme' | 'byRegion', key: 'theme' | 'region', rows: Breakdown[], words: PresentationWords): ReportSection {
  return {
    id,
    title: words.labels.sections[id],
    blocks: [
      words.table(
        [
          words.column(key),
          words.column('recommendations', 'integer'),
          ...words.statusColumns(),
          words.column('overdue', 'integer'),
          words.column('implementationRate', 'percent'),
        ],
        rows.map((r) => [
          words.tag(key === 'theme' ? 'themes' : 'regions', r.key),
          r.recommendations,
          ...words.statusCells(r.byStatus),
          r.overdue,
          r.implementationRate,
        ]),
      ),
    ],
  };
}

export function overdueSection(rows: OverdueCommitment[], words: PresentationWords): ReportSection {
  return {
    id: 'overdue',
    title: words.labels.sections.overdue,
    blocks: longestOverdueFirst(
      words.table(
        [
          words.column('recommendation'),
          words.column('forum'),
          words.column('responsible'),
          words.column('status'),
          words.column('dueDate', 'date'),
          words.column('daysOverdue', 'integer'),
          words.column('aging'),
          words.column('lastReason'),
        ],
        rows.map((o) => [
          o.text,
          o.forumTitle,
          o.responsible?.name ?? null,
          words.status(o.status),
          o.dueDate,
          o.daysOverdue,
          words.labels.buckets[o.bucket] ?? o.bucket,
          o.lastReason ? `${o.lastReason.effectiveAt.slice(0, 10)}: ${o.lastReason.note}` : null,
        ]),
      ),
      words,
    ),
  };
}

/** The report lists overdue commitments longest overdue first; HTML and PDF show the first READING_LIMITS.overdue. */
function longestOverdueFirst(table: TableBlock, words: PresentationWords): ReportBlock[] {
  const limit = READING_LIMITS.overdue;
  return shortenedTable(table, limit, words.notListed('overdue', limit, table.rows.length));
}

/** A forum's dates as known: days, or only months ("May 2024", "May – June 2024") for a forum known to the month. */
export function forumDates(forum: Pick<ForumInPortfolio, 'startDate' | 'endDate' | 'datePrecision'>, months: string[]): string {
  const end = forum.endDate ?? forum.startDate;
  if (forum.datePrecision !== 'month') return end !== forum.startDate ? `${forum.startDate} – ${end}` : forum.startDate;
  const month = (date: string) => months[Number(date.slice(5, 7)) - 1];
  const [startYear, endYear] = [forum.startDate.slice(0, 4), end.slice(0, 4)];
  if (forum.startDate.slice(0, 7) === end.slice(0, 7)) return `${month(end)} ${endYear}`;
  return startYear === endYear ? `${month(forum.startDate)} – ${month(end)} ${endYear}` : `${month(forum.startDate)} ${startYear} – ${month(end)} ${endYear}`;
}
