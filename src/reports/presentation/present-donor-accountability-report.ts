import { DocumentImage, ReportDocument, ReportSection } from '../document/report-document';
import { LOGO_OWNERS, LogoOwner } from '../../reporting-framework/reporting-framework.events';
import { ReportSource } from '../source/report-source';
import { AGING_BUCKETS, STATUSES } from '../figures/report-figures';
import { DonorAccountabilityReport } from '../donor-accountability/donor-accountability-report';
import { ReportLabels } from '../labels/report-labels';
import { PresentationWords } from './presentation-words';
import { euSections, inlSections } from './present-template-sections';
import { breakdownSection, forumsSection, overdueSection, scorecardSection, transitionsSection } from './present-portfolio-sections';

type LogoImages = ReportSource['logoImages'];
type ReportTerms = ReportSource['terms'];

/** The cover's logos, the donor's first, each named by whose it is; a logo this instance does not hold is left out. */
function coverLogos(report: DonorAccountabilityReport, images: LogoImages): DocumentImage[] {
  const names: Record<LogoOwner, string | null> = { donor: report.header.donor.name, implementer: report.header.implementingOrganisation };
  return LOGO_OWNERS.flatMap((whose) => {
    const image = images?.[whose];
    return image && report.header.logos[whose]?.sha256 ? [{ label: names[whose] ?? whose, ...image }] : [];
  });
}

export function presentDonorAccountabilityReport(
  report: DonorAccountabilityReport,
  labels: ReportLabels,
  images?: LogoImages,
  terms?: ReportTerms,
): ReportDocument {
  const words = new PresentationWords(labels, terms?.labels);
  const { header, parameters } = report;
  const optional = (key: string, value: string | null) => (value ? [words.fact(key, value)] : []);
  return {
    logos: coverLogos(report, images),
    language: labels.language,
    renderedAtLabel: labels.fields.generatedAt,
    title: labels.titles['donor-accountability'],
    subtitle: `${header.donor.name} — ${header.period.description}${header.period.kind === 'range' ? '' : ` (${header.period.from} – ${header.period.to})`}`,
    parameters: [
      words.fact('donor', header.donor.name),
      ...optional('implementingOrganisation', header.implementingOrganisation),
      words.fact('programme', header.programmes.join('; ') || labels.none),
      ...optional('awardNumber', header.awardNumber),
      words.fact('period', `${parameters.period}: ${header.period.from} – ${header.period.to}`),
      words.fact('template', labels.titles[parameters.template]),
      words.fact('asOf', header.asOf, 'datetime'),
    ],
    footer: words.regenerate(header.dataPosition, parameters.asOf, parameters.language),
    sections: [
      executiveSummarySection(report, words),
      summarySection(report, words),
      ...(report.inl ? inlSections(report.inl, words, report.narrative) : []),
      ...(report.eu ? euSections(report.eu, words, report.narrative) : []),
      statusOverTimeSection(report, words),
      forumsSection(report.forums, words, true),
      transitionsSection(report, words),
      scorecardSection(report.scorecards, words),
      breakdownSection('byTheme', 'theme', report.byTheme, words),
      breakdownSection('byRegion', 'region', report.byRegion, words),
      overdueSection(report.overdueCommitments, words),
    ],
  };
}

/**
 * The first page after the cover facts: the five key figures (docs/figures.md, "Key figures") and the
 * portfolio's standing at the start and the end of the period, one bar each, coloured by status.
 */
function executiveSummarySection(report: DonorAccountabilityReport, words: PresentationWords): ReportSection {
  const s = report.summary;
  const standing = (counts: Record<string, number>) => STATUSES.map((status) => counts[status] ?? 0);
  const atStart = standing(s.statusAtStart);
  const atEnd = standing(s.statusAtEnd);
  return {
    id: 'executiveSummary',
    title: words.labels.sections.executiveSummary,
    endsPage: true,
    blocks: [
      {
        kind: 'facts',
        facts: [
          words.fact('recommendations', s.recommendations, 'integer'),
          words.fact('implementedInPeriod', s.implementedInPeriod, 'integer'),
          words.fact('implementationRate', s.implementationRate, 'percent'),
          words.fact('overdue', s.overdue.count, 'integer'),
          words.fact('disputedInPeriod', s.disputedInPeriod, 'integer'),
        ],
      },
      words.chart({
        chart: 'stacked-bar',
        title: `${words.field('statusAtStart')} / ${words.field('statusAtEnd')}`,
        categories: [words.field('atPeriodStart'), words.field('atPeriodEnd')],
        series: STATUSES.map((status, i) => ({ label: words.status(status), status, values: [atStart[i], atEnd[i]] })).filter((series) =>
          series.values.some((v) => v > 0),
        ),
      }),
    ],
  };
}

function summarySection(report: DonorAccountabilityReport, words: PresentationWords): ReportSection {
  const s = report.summary;
  return {
    id: 'summary',
    title: words.labels.sections.summary,
    blocks: [
      {
        kind: 'facts',
        facts: [
          words.fact('recommendations', s.recommendations, 'integer'),
          words.fact('implementedInPeriod', s.implementedInPeriod, 'integer'),
          words.fact('verifiedInPeriod', s.verifiedInPeriod, 'integer'),
          words.fact('disputedInPeriod', s.disputedInPeriod, 'integer'),
          words.fact('implementationRate', s.implementationRate, 'percent'),
          words.fact('overdue', s.overdue.count, 'integer'),
          words.fact('medianDaysToImplementation', s.medianDaysToImplementation, 'number'),
        ],
      },
      words.table(
        [words.column('status'), words.column('statusAtStart', 'integer'), words.column('statusAtEnd', 'integer')],
        [
          ...STATUSES.map((status) => [words.status(status), s.statusAtStart[status], s.statusAtEnd[status]]),
          [words.field('notYetProposed'), s.statusAtStart.notYetProposed, null],
        ],
      ),
      words.table(
        [words.column('aging'), words.column('count', 'integer')],
        AGING_BUCKETS.map((bucket) => [words.labels.buckets[bucket], s.overdue.buckets[bucket]]),
        words.field('overdue'),
      ),
      words.chart({
        chart: 'bar',
        title: words.field('overdue'),
        categories: AGING_BUCKETS.map((b) => words.labels.buckets[b]),
        series: [{ label: words.field('count'), values: AGING_BUCKETS.map((b) => s.overdue.buckets[b]) }],
      }),
    ],
  };
}

function statusOverTimeSection(report: DonorAccountabilityReport, words: PresentationWords): ReportSection {
  const points = report.statusOverTime;
  return {
    id: 'statusOverTime',
    title: words.labels.sections.statusOverTime,
    blocks: [
      words.chart({
        chart: 'line',
        title: words.labels.sections.statusOverTime,
        categories: points.map((p) => p.date),
        series: STATUSES.filter((s) => points.some((p) => p.byStatus[s] > 0)).map((s) => ({
          label: words.status(s),
          status: s,
          values: points.map((p) => p.byStatus[s]),
        })),
      }),
      words.table(
        [words.column('date', 'date'), ...words.statusColumns()],
        points.map((p) => [p.date, ...words.statusCells(p.byStatus)]),
      ),
    ],
  };
}
