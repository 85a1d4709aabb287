import { domainEvent } from '../event-sourcing/domain-event';

/** The Spotlight Initiative's six pillars, by which EU reports group recommendations. */
export const SPOTLIGHT_PILLARS = ['laws_and_policies', 'institutions', 'prevention', 'services', 'data', 'womens_movements'] as const;
export type SpotlightPillar = (typeof SPOTLIGHT_PILLARS)[number];

/** The indicators of the INL table and the EU results framework, for which a donor may set targets. */
export const INDICATORS = [
  'recommendationsAssigned',
  'recommendationsImplemented',
  'implementationsVerified',
  'implementationRate',
  'overdueCommitments',
] as const;
export type Indicator = (typeof INDICATORS)[number];

export interface ThemesMappedToPillarsData {
  donorId: string;
  /** theme (as written on recommendations) → pillar; themes left out fall back to the built-in mapping. */
  mapping: Record<string, SpotlightPillar>;
}

export interface IndicatorTargetsSetData {
  donorId: string;
  /** The period the targets are for, written as reports write it: `2025`, `FY2025`, `2025-Q1`. */
  period: string;
  /** Counts, except implementationRate, a fraction from 0 to 1. Targets for implementations per pillar are keyed `pillar:<pillar>`. */
  targets: Record<string, number>;
}

/** How a donor reports: when its fiscal year starts, the template of its reports, its award or contract number. */
export interface ReportingProfile {
  /** 1–12: January for the calendar year (the EU), October for the US government, April for the UK. */
  fiscalYearStartMonth: number;
  template: 'standard' | 'inl' | 'eu';
  awardNumber: string | null;
  /** The organisation that carries the programme out and reports to the donor, named on the report's cover. */
  implementingOrganisation?: string | null;
}

/** Whose logo stands on the cover of the donor's reports. */
export const LOGO_OWNERS = ['donor', 'implementer'] as const;
export type LogoOwner = (typeof LOGO_OWNERS)[number];

/** An uploaded image, kept by its content (SHA-256) under FILES_DIR (else DATA_DIR); the event names it, never carries it. */
export interface LogoReference {
  sha256: string;
  mediaType: 'image/png' | 'image/jpeg';
}

export interface ReportLogoSetData extends LogoReference {
  donorId: string;
  whose: LogoOwner;
}

/** The narrative sections a donor's report form asks for: INL's (2 CFR 200.329) and the EU's (Annex VI interim narrative). */
export const INL_NARRATIVE = ['accomplishments', 'goalsNotMet', 'nextSteps'] as const;
export const EU_NARRATIVE = ['context', 'progress', 'changes', 'challenges', 'lessons'] as const;
export const NARRATIVE_SECTIONS = [...INL_NARRATIVE, ...EU_NARRATIVE] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

export interface ReportNarrativeWrittenData {
  donorId: string;
  /** The period as reports are asked for, as for targets: `2025-Q1`, `FY2025`, `2025`. */
  period: string;
  /** Section → the coordinators' text; a section left out has none. */
  sections: Partial<Record<NarrativeSection, string>>;
}

/** One file of a submitted report, kept byte for byte under FILES_DIR (else DATA_DIR)/report-submissions/<sha256>. */
export interface SubmittedFile {
  format: string;
  fileName: string;
  contentType: string;
  sha256: string;
  bytes: number;
}

export interface ReportSubmittedData {
  donorId: string;
  submissionId: string;
  /** The donor report's parameters: the report can be made again from them, at this data position. */
  period: string;
  template: string;
  asOf: string;
  language: string;
  position: string;
  /** The moment the files were made (printed on the HTML, PDF and XLSX as "generated at"). */
  generatedAt: string;
  files: SubmittedFile[];
}

export interface ReportingProfileSetData extends ReportingProfile {
  donorId: string;
}

export class ThemesMappedToPillars extends domainEvent('ThemesMappedToPillars')<ThemesMappedToPillarsData> {}
export class IndicatorTargetsSet extends domainEvent('IndicatorTargetsSet')<IndicatorTargetsSetData> {}

export class ReportingProfileSet extends domainEvent('ReportingProfileSet')<ReportingProfileSetData> {}
export class ReportLogoSet extends domainEvent('ReportLogoSet')<ReportLogoSetData> {}
export class ReportNarrativeWritten extends domainEvent('ReportNarrativeWritten')<ReportNarrativeWrittenData> {}
export class ReportSubmitted extends domainEvent('ReportSubmitted')<ReportSubmittedData> {}

export type ReportingFrameworkEvent =
  ThemesMappedToPillars | IndicatorTargetsSet | ReportingProfileSet | ReportLogoSet | ReportNarrativeWritten | ReportSubmitted;
export const REPORTING_FRAMEWORK_EVENTS = [
  ThemesMappedToPillars,
  IndicatorTargetsSet,
  ReportingProfileSet,
  ReportLogoSet,
  ReportNarrativeWritten,
  ReportSubmitted,
];
