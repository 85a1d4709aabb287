import { ReportDocument } from '../document/report-document';
import { ForumInPortfolio, OrganisationScore, OverdueCommitment, PortfolioSummary } from '../donor-accountability/donor-accountability-report';
import { forumsOf, overdueCommitmentsOf, scorecardsOf, summaryOf } from '../donor-accountability/portfolio-sections';
import { ReportLabels } from '../labels/report-labels';
import { PresentationWords } from '../presentation/presentation-words';
import { forumsSection, overdueSection, scorecardSection } from '../presentation/present-portfolio-sections';
import { ReportSource } from '../source/report-source';
import { standingsAsOf } from './standing-reports';

export interface ForumFollowThroughReport {
  report: 'forum-follow-through';
  parameters: { forumId: string; asOf: string; language: string; position: string | null };
  forum: ForumInPortfolio;
  summary: Omit<PortfolioSummary, 'statusAtStart' | 'implementedInPeriod' | 'verifiedInPeriod' | 'disputedInPeriod'>;
  scorecards: OrganisationScore[];
  overdueCommitments: OverdueCommitment[];
}

export function buildForumFollowThroughReport(source: ReportSource, forumId: string, asOf: string, language: string): ForumFollowThroughReport {
  const { moments, entries } = standingsAsOf(source, asOf);
  const { recommendations, statusAtEnd, implementationRate, overdue, medianDaysToImplementation } = summaryOf(entries, moments);
  const [forum] = forumsOf({ ...source, forums: source.forums.filter((f) => f.id === forumId) }, entries);
  return {
    report: 'forum-follow-through',
    parameters: { forumId, asOf, language, position: source.position },
    forum,
    summary: { recommendations, statusAtEnd, implementationRate, overdue, medianDaysToImplementation },
    scorecards: scorecardsOf(source, entries, moments),
    overdueCommitments: overdueCommitmentsOf(source, entries, moments),
  };
}

export function presentForumFollowThroughReport(report: ForumFollowThroughReport, labels: ReportLabels): ReportDocument {
  const words = new PresentationWords(labels);
  const s = report.summary;
  return {
    language: labels.language,
    renderedAtLabel: labels.fields.generatedAt,
    title: labels.titles['forum-follow-through'],
    subtitle: report.forum.title,
    parameters: [words.fact('forum', report.forum.title), words.fact('asOf', report.parameters.asOf, 'datetime')],
    footer: words.regenerate(report.parameters.position, report.parameters.asOf, report.parameters.language),
    sections: [
      {
        id: 'summary',
        title: labels.sections.summary,
        blocks: [
          {
            kind: 'facts',
            facts: [
              words.fact('recommendations', s.recommendations, 'integer'),
              words.fact('implementationRate', s.implementationRate, 'percent'),
              words.fact('overdue', s.overdue.count, 'integer'),
              words.fact('medianDaysToImplementation', s.medianDaysToImplementation, 'number'),
            ],
          },
          words.table(
            [words.column('status'), words.column('count', 'integer')],
            Object.entries(s.statusAtEnd).map(([k, v]) => [words.status(k), v]),
          ),
        ],
      },
      forumsSection([report.forum], words),
      scorecardSection(report.scorecards, words),
      overdueSection(report.overdueCommitments, words),
    ],
  };
}
