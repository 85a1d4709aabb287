import { periodEntry } from '../../reporting-framework/period/period-entry';
import { ReportTemplate, ReportingPeriod } from '../../reporting-framework/period/reporting-period';
import { periodMoments, periodStandings } from '../source/period-standings';
import { ReportSource } from '../source/report-source';
import { DonorAccountabilityReport } from './donor-accountability-report';
import { euSection } from './eu-section';
import { inlSection } from './inl-section';
import { breakdownBy, forumsOf, organisationRef, overdueCommitmentsOf, scorecardsOf, statusOverTime, summaryOf, transitionsOf } from './portfolio-sections';

export interface DonorReportRequest {
  donorId: string;
  period: ReportingPeriod;
  template: ReportTemplate;
  /** The moment of knowledge, ISO 8601 UTC. */
  asOf: string;
  language: string;
  /** From the donor's reporting profile. */
  awardNumber: string | null;
  implementingOrganisation?: string | null;
}

/** Pure: the same source and request give the same report, field for field and in the same order. */
export function buildDonorAccountabilityReport(source: ReportSource, request: DonorReportRequest): DonorAccountabilityReport {
  const moments = periodMoments(request.period.from, request.period.to, request.asOf);
  const entries = periodStandings(source.recommendations, moments);
  const summary = summaryOf(entries, moments);
  const overdueCommitments = overdueCommitmentsOf(source, entries, moments);
  const programmes = [...new Set(source.forums.flatMap((f) => (f.programme ? [f.programme] : [])))].sort();
  return {
    report: 'donor-accountability',
    parameters: {
      donorId: request.donorId,
      period: request.period.label,
      template: request.template,
      asOf: request.asOf,
      language: request.language,
      position: source.position,
    },
    header: {
      donor: organisationRef(source, request.donorId) as { id: string; name: string },
      programmes,
      awardNumber: request.awardNumber,
      implementingOrganisation: request.implementingOrganisation ?? null,
      logos: source.framework?.logos ?? {},
      period: request.period,
      asOf: request.asOf,
      dataPosition: source.position,
    },
    summary,
    statusOverTime: statusOverTime(entries, moments),
    forums: forumsOf(source, entries),
    transitions: transitionsOf(source, entries),
    scorecards: scorecardsOf(source, entries, moments),
    byTheme: breakdownBy(entries, (e) => e.record.themes, moments),
    byRegion: breakdownBy(entries, (e) => e.record.regions, moments),
    overdueCommitments,
    narrative: periodEntry(source.framework?.narratives, request.period) ?? {},
    ...(request.template === 'inl' ? { inl: inlSection(source, entries, summary, request.period, overdueCommitments, moments) } : {}),
    ...(request.template === 'eu' ? { eu: euSection(source, entries, summary, request.period, moments) } : {}),
  };
}
