import { LogoOwner, LogoReference, NarrativeSection } from '../../reporting-framework/reporting-framework.events';
import { ReportTemplate, ReportingPeriod } from '../../reporting-framework/period/reporting-period';
import { AgingBuckets, StatusCounts } from '../figures/report-figures';
import { EvidenceItem } from '../source/report-source';
import { PillarOrUnmapped } from './spotlight-pillars';

/**
 * The donor accountability report as data (the JSON format). Every field is a function of the
 * parameters and the data position, so the same inputs give byte-identical JSON.
 */
export interface DonorAccountabilityReport {
  report: 'donor-accountability';
  parameters: DonorReportParameters;
  header: {
    donor: { id: string; name: string };
    programmes: string[];
    /** The award, grant or contract number from the donor's reporting profile. */
    awardNumber: string | null;
    /** From the reporting profile: who carries the programme out; named on the cover. */
    implementingOrganisation: string | null;
    /** The cover's logos, by their content's SHA-256 (the images themselves are not data). */
    logos: Partial<Record<LogoOwner, LogoReference>>;
    period: ReportingPeriod;
    asOf: string;
    /** The read model's position the figures were computed at: pass it back as `position` to regenerate. */
    dataPosition: string | null;
  };
  summary: PortfolioSummary;
  statusOverTime: { date: string; byStatus: StatusCounts }[];
  forums: ForumInPortfolio[];
  transitions: TransitionInPeriod[];
  scorecards: OrganisationScore[];
  byTheme: Breakdown[];
  byRegion: Breakdown[];
  overdueCommitments: OverdueCommitment[];
  /** What coordinators wrote for this donor and period (the framework at the data position), by section; empty when nothing. */
  narrative: Partial<Record<NarrativeSection, string>>;
  inl?: InlSection;
  eu?: EuSection;
}

export interface DonorReportParameters {
  donorId: string;
  period: string;
  template: ReportTemplate;
  asOf: string;
  language: string;
  position: string | null;
}

export interface PortfolioSummary {
  recommendations: number;
  /** Counts before the first day of the period; `notYetProposed` were proposed during it. */
  statusAtStart: StatusCounts & { notYetProposed: number };
  statusAtEnd: StatusCounts;
  /** Recommendations whose implementation claim standing at the period's end took effect within it. */
  implementedInPeriod: number;
  /** Recommendations verified at the period's end by a verification within it. */
  verifiedInPeriod: number;
  /** Implementation claims disputed within the period (each dispute counts). */
  disputedInPeriod: number;
  implementationRate: number | null;
  overdue: { count: number; buckets: AgingBuckets };
  /** Over the recommendations implemented in the period: days from proposal to implementation. */
  medianDaysToImplementation: number | null;
}

export interface RecommendationInPortfolio {
  id: string;
  text: string;
  priority: string | null;
  themes: string[];
  regions: string[];
  responsible: { id: string; name: string } | null;
  dueDate: string | null;
  statusAtStart: string | null;
  statusAtEnd: string;
  percentComplete: number | null;
  implementedAt: string | null;
  lastNote: string | null;
}

export interface ForumInPortfolio {
  id: string;
  title: string;
  kind: string;
  startDate: string;
  endDate: string | null;
  /** Only for a forum known to the month (its dates are then the first and last day of their months). */
  datePrecision?: 'month';
  /** Only for a study tour that recorded them. */
  countriesVisited?: string[];
  location: { country: string | null; region: string | null };
  programme: string | null;
  participants: number | null;
  implementationRate: number | null;
  recommendations: RecommendationInPortfolio[];
}

export interface TransitionInPeriod {
  recommendationId: string;
  forumId: string;
  type: string;
  from: string;
  to: string;
  effectiveAt: string;
  recordedAt: string;
  actor: { accountId: string | null; organisationId: string | null; organisationName: string | null; role: string | null };
  note: string | null;
  evidence: EvidenceItem[];
  percentComplete: number | null;
}

export interface OrganisationScore {
  organisationId: string;
  name: string;
  responsibleFor: number;
  byStatus: StatusCounts;
  overdue: number;
  onTimeRate: number | null;
  medianDaysToImplementation: number | null;
}

export interface Breakdown {
  key: string;
  recommendations: number;
  byStatus: StatusCounts;
  overdue: number;
  implementationRate: number | null;
}

export interface OverdueCommitment {
  recommendationId: string;
  forumTitle: string;
  text: string;
  responsible: { id: string; name: string } | null;
  status: string;
  dueDate: string;
  daysOverdue: number;
  bucket: string;
  lastReason: { note: string; effectiveAt: string } | null;
}

export interface IndicatorResult {
  indicator: string;
  target: number | null;
  actual: number | null;
  /** null when no target was set. */
  met: boolean | null;
}

export interface NarrativeItem {
  recommendationId: string;
  text: string;
  organisation: string | null;
  date: string | null;
  detail: string | null;
}

export interface InlSection {
  indicators: IndicatorResult[];
  accomplishments: NarrativeItem[];
  goalsNotMet: { indicators: IndicatorResult[]; setbacks: (NarrativeItem & { kind: string })[] };
  nextSteps: NarrativeItem[];
}

export interface PillarResult {
  pillar: PillarOrUnmapped;
  themes: string[];
  recommendations: number;
  byStatus: StatusCounts;
  implementedInPeriod: number;
  implementationRate: number | null;
  target: number | null;
  met: boolean | null;
  recommendationIds: string[];
}

export interface EuSection {
  pillars: PillarResult[];
  resultsFramework: IndicatorResult[];
}
