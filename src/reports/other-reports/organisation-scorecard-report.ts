import { ReportDocument } from '../document/report-document';
import { OrganisationScore, OverdueCommitment, RecommendationInPortfolio } from '../donor-accountability/donor-accountability-report';
import { forumsOf, overdueCommitmentsOf, scorecardsOf } from '../donor-accountability/portfolio-sections';
import { ReportLabels } from '../labels/report-labels';
import { PresentationWords } from '../presentation/presentation-words';
import { overdueSection, scorecardSection } from '../presentation/present-portfolio-sections';
import { ReportSource } from '../source/report-source';
import { standingsAsOf } from './standing-reports';

export interface OrganisationScorecardReport {
  report: 'organisation-scorecard';
  parameters: { organisationId: string; asOf: string; language: string; position: string | null };
  organisation: { id: string; name: string };
  scorecard: OrganisationScore | null;
  commitments: (RecommendationInPortfolio & { forumTitle: string })[];
  overdueCommitments: OverdueCommitment[];
}

/** What one organisation is responsible for as of a date, and how timely it delivers. */
export function buildOrganisationScorecardReport(source: ReportSource, organisationId: string, asOf: string, language: string): OrganisationScorecardReport {
  const { moments, entries } = standingsAsOf(source, asOf);
  const own = entries.filter((e) => e.end.responsibleId === organisationId);
  const commitments = forumsOf(source, own).flatMap((f) => f.recommendations.map((r) => ({ ...r, forumTitle: f.title })));
  return {
    report: 'organisation-scorecard',
    parameters: { organisationId, asOf, language, position: source.position },
    organisation: { id: organisationId, name: source.organisations.get(organisationId)?.name ?? organisationId },
    scorecard: scorecardsOf(source, own, moments)[0] ?? null,
    commitments,
    overdueCommitments: overdueCommitmentsOf(source, own, moments),
  };
}

export function presentOrganisationScorecardReport(report: OrganisationScorecardReport, labels: ReportLabels): ReportDocument {
  const words = new PresentationWords(labels);
  return {
    language: labels.language,
    renderedAtLabel: labels.fields.generatedAt,
    title: labels.titles['organisation-scorecard'],
    subtitle: report.organisation.name,
    parameters: [words.fact('organisation', report.organisation.name), words.fact('asOf', report.parameters.asOf, 'datetime')],
    footer: words.regenerate(report.parameters.position, report.parameters.asOf, report.parameters.language),
    sections: [
      scorecardSection(report.scorecard ? [report.scorecard] : [], words),
      {
        id: 'recommendations',
        title: labels.sections.recommendations,
        blocks: [
          words.table(
            [
              words.column('recommendation'),
              words.column('forum'),
              words.column('dueDate', 'date'),
              words.column('status'),
              words.column('percentComplete', 'integer'),
              words.column('implementedAt', 'date'),
              words.column('lastNote'),
            ],
            report.commitments.map((c) => [
              c.text,
              c.forumTitle,
              c.dueDate,
              words.status(c.statusAtEnd),
              c.percentComplete,
              c.implementedAt?.slice(0, 10) ?? null,
              c.lastNote,
            ]),
          ),
        ],
      },
      overdueSection(report.overdueCommitments, words),
    ],
  };
}
