import { domainEvent } from '../../event-sourcing/domain-event';

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

/** An uploaded image, kept by its content (SHA-256) under DATA_DIR; the event names it, never carries it. */
export interface LogoReference {
  sha256: string;
  mediaType: 'image/png' | 'image/jpeg';
}

export interface ReportLogoSetData extends LogoReference {
  donorId: string;
  whose: LogoOwner;
}

export interface ReportingProfileSetData extends ReportingProfile {
  donorId: string;
}

export class ThemesMappedToPillars extends domainEvent('ThemesMappedToPillars')<ThemesMappedToPillarsData> {}
export class IndicatorTargetsSet extends domainEvent('IndicatorTargetsSet')<IndicatorTargetsSetData> {}

export class ReportingProfileSet extends domainEvent('ReportingProfileSet')<ReportingProfileSetData> {}
export class ReportLogoSet extends domainEvent('ReportLogoSet')<ReportLogoSetData> {}

export type ReportingFrameworkEvent = ThemesMappedToPillars | IndicatorTargetsSet | ReportingProfileSet | ReportLogoSet;
export const REPORTING_FRAMEWORK_EVENTS = [ThemesMappedToPillars, IndicatorTargetsSet, ReportingProfileSet, ReportLogoSet];
