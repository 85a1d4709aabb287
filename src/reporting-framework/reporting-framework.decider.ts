import { Decider } from '../event-sourcing/decider';
import { RuleViolated } from '../kernel/domain-errors';
import {
  IndicatorTargetsSet,
  IndicatorTargetsSetData,
  LogoOwner,
  LogoReference,
  ReportLogoSet,
  ReportLogoSetData,
  ReportNarrativeWritten,
  ReportNarrativeWrittenData,
  ReportSubmitted,
  ReportSubmittedData,
  ReportingFrameworkEvent,
  ReportingProfile,
  ReportingProfileSet,
  ReportingProfileSetData,
  SpotlightPillar,
  ThemesMappedToPillars,
  ThemesMappedToPillarsData,
} from './reporting-framework.events';

/** What the decider must know about the donor the framework belongs to. */
export interface DonorFacts {
  kind: string | null;
  status: string;
}

export type ReportingFrameworkCommand =
  | { type: 'MapThemesToPillars'; data: ThemesMappedToPillarsData; donor: DonorFacts }
  | { type: 'SetIndicatorTargets'; data: IndicatorTargetsSetData; donor: DonorFacts }
  | { type: 'SetReportingProfile'; data: ReportingProfileSetData; donor: DonorFacts }
  | { type: 'SetReportLogo'; data: ReportLogoSetData; donor: DonorFacts }
  | { type: 'WriteReportNarrative'; data: ReportNarrativeWrittenData; donor: DonorFacts }
  | { type: 'SubmitReport'; data: ReportSubmittedData; donor: DonorFacts };

/** A donor's reporting framework: how its themes map to pillars and the targets it set per period. */
export interface ReportingFrameworkState {
  mapping: Record<string, SpotlightPillar>;
  targets: Record<string, Record<string, number>>;
  /** Null until a coordinator sets one: the calendar year and the standard template. */
  profile?: ReportingProfile | null;
  /** The logos on the cover of the donor's reports; absent in states kept before logos existed. */
  logos?: Partial<Record<LogoOwner, LogoReference>>;
  /** Per period, the narrative coordinators wrote for the donor's report; absent in states kept before narratives existed. */
  narratives?: Record<string, ReportNarrativeWrittenData['sections']>;
  /** The reports handed to the donor, oldest first; absent in states kept before submissions existed. */
  submissions?: Omit<ReportSubmittedData, 'donorId'>[];
}

/** A donor without a profile reports by calendar year, on the standard template. */
export const DEFAULT_PROFILE: ReportingProfile = { fiscalYearStartMonth: 1, template: 'standard', awardNumber: null, implementingOrganisation: null };

const initialState: ReportingFrameworkState = { mapping: {}, targets: {}, profile: null };

function requireDonor(donor: DonorFacts): void {
  if (donor.status === 'unregistered') throw new RuleViolated('donorId', 'donorId must be a registered organisation', 'DonorNotRegistered');
  if (donor.kind !== 'donor') throw new RuleViolated('donorId', `donorId must be a donor organisation, not a ${donor.kind}`, 'NotADonor', { kind: donor.kind });
}

function sameRecord(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function decide(command: ReportingFrameworkCommand, state: ReportingFrameworkState): ReportingFrameworkEvent[] {
  requireDonor(command.donor);
  switch (command.type) {
    case 'MapThemesToPillars':
      return sameRecord(command.data.mapping, state.mapping) ? [] : [new ThemesMappedToPillars(command.data)];
    case 'SetIndicatorTargets': {
      const current = state.targets[command.data.period] ?? {};
      return sameRecord(command.data.targets, current) ? [] : [new IndicatorTargetsSet(command.data)];
    }
    case 'SetReportingProfile':
      return state.profile &&
        sameRecord({ implementingOrganisation: null, ...command.data }, { donorId: command.data.donorId, implementingOrganisation: null, ...state.profile })
        ? []
        : [new ReportingProfileSet(command.data)];
    case 'SetReportLogo': {
      const current = state.logos?.[command.data.whose];
      return current?.sha256 === command.data.sha256 ? [] : [new ReportLogoSet(command.data)];
    }
    case 'SubmitReport':
      if (command.data.files.length === 0) throw new RuleViolated('formats', 'a submitted report has at least one file');
      return state.submissions?.some((s) => s.submissionId === command.data.submissionId) ? [] : [new ReportSubmitted(command.data)];
    case 'WriteReportNarrative': {
      const current = state.narratives?.[command.data.period] ?? {};
      return sameRecord(command.data.sections, current) ? [] : [new ReportNarrativeWritten(command.data)];
    }
  }
}

function evolve(state: ReportingFrameworkState, event: ReportingFrameworkEvent): ReportingFrameworkState {
  switch (event.type) {
    case 'ThemesMappedToPillars':
      return { ...state, mapping: event.data.mapping };
    case 'IndicatorTargetsSet':
      return { ...state, targets: { ...state.targets, [event.data.period]: event.data.targets } };
    case 'ReportingProfileSet': {
      const { fiscalYearStartMonth, template, awardNumber, implementingOrganisation } = event.data;
      return { ...state, profile: { fiscalYearStartMonth, template, awardNumber, implementingOrganisation: implementingOrganisation ?? null } };
    }
    case 'ReportSubmitted': {
      const { donorId: _donor, ...submission } = event.data;
      return { ...state, submissions: [...(state.submissions ?? []), submission] };
    }
    case 'ReportNarrativeWritten':
      return { ...state, narratives: { ...state.narratives, [event.data.period]: event.data.sections } };
    case 'ReportLogoSet': {
      const { whose, sha256, mediaType } = event.data;
      return { ...state, logos: { ...state.logos, [whose]: { sha256, mediaType } } };
    }
  }
}

export const reportingFrameworkDecider: Decider<ReportingFrameworkCommand, ReportingFrameworkEvent, ReportingFrameworkState> = {
  kind: 'reporting-framework',
  initialState,
  decide,
  evolve,
};
