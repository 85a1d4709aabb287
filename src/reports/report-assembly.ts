import { buildDonorAccountabilityReport } from './donor-accountability/build-donor-accountability-report';
import { AssembledReport } from './generated-report';
import { labelsFor } from './labels/labels-for';
import { ReportLanguage } from './labels/report-labels';
import { buildAuditTrailReport, presentAuditTrailReport } from './other-reports/audit-trail-report';
import { buildForumFollowThroughReport, presentForumFollowThroughReport } from './other-reports/forum-follow-through-report';
import { buildOrganisationScorecardReport, presentOrganisationScorecardReport } from './other-reports/organisation-scorecard-report';
import { RuleViolated } from '../kernel/domain-errors';
import { DEFAULT_PROFILE } from '../reporting-framework/reporting-framework.decider';
import { ReportingProfile } from '../reporting-framework/reporting-framework.events';
import { describePeriod } from '../reporting-framework/period/describe-period';
import { ReportTemplate, parseReportingPeriod } from '../reporting-framework/period/reporting-period';
import { presentDonorAccountabilityReport } from './presentation/present-donor-accountability-report';
import { resolveAsOf } from './report-request';
import { ReportSource } from './source/report-source';

/**
 * Each report from a loaded source and its parameters: built, laid out in the language asked for, and
 * named. The API's query handlers and the command line both come here, so they cannot drift apart.
 */
export interface AssemblyOptions {
  asOf?: string;
  lang?: ReportLanguage;
}

export interface DonorReportOptions extends AssemblyOptions {
  donorId: string;
  period: string;
  template?: ReportTemplate;
}

/** The donor's own template, or the standard one; never another donor's. */
function templateFor(profile: ReportingProfile, asked: ReportTemplate | undefined): ReportTemplate {
  if (asked === undefined || asked === 'standard' || asked === profile.template) return asked ?? profile.template;
  throw new RuleViolated(
    'template',
    `template ${asked} is not this donor's: its reporting profile says ${profile.template}; ask for ${profile.template} or standard, or change the donor's reporting profile`,
    'TemplateNotTheDonors',
    { template: asked, donorTemplate: profile.template },
  );
}

/** Throws InvalidReportingPeriod when the period cannot be read, RuleViolated for a template not the donor's. */
export function assembleDonorAccountabilityReport(source: ReportSource, options: DonorReportOptions): AssembledReport {
  const profile = source.framework?.profile ?? DEFAULT_PROFILE;
  const template = templateFor(profile, options.template);
  const language = options.lang ?? 'en';
  const labels = labelsFor(language);
  const parsed = parseReportingPeriod(options.period, profile.fiscalYearStartMonth);
  const period = { ...parsed, description: describePeriod(parsed, labels, source.organisations.get(options.donorId)?.name ?? options.donorId) };
  const request = {
    donorId: options.donorId,
    period,
    template,
    asOf: resolveAsOf(options.asOf),
    language,
    awardNumber: profile.awardNumber,
    implementingOrganisation: profile.implementingOrganisation ?? null,
  };
  const data = buildDonorAccountabilityReport(source, request);
  return {
    data,
    document: presentDonorAccountabilityReport(data, labels, source.logoImages, source.terms),
    fileName: `donor-accountability-${template}-${period.label.replace(/\.\./g, '_')}`,
  };
}

export function assembleForumFollowThroughReport(source: ReportSource, forumId: string, options: AssemblyOptions): AssembledReport {
  const language = options.lang ?? 'en';
  const data = buildForumFollowThroughReport(source, forumId, resolveAsOf(options.asOf), language);
  return { data, document: presentForumFollowThroughReport(data, labelsFor(language)), fileName: `forum-follow-through-${forumId}` };
}

export function assembleOrganisationScorecardReport(source: ReportSource, organisationId: string, options: AssemblyOptions): AssembledReport {
  const language = options.lang ?? 'en';
  const data = buildOrganisationScorecardReport(source, organisationId, resolveAsOf(options.asOf), language);
  return { data, document: presentOrganisationScorecardReport(data, labelsFor(language)), fileName: `organisation-scorecard-${organisationId}` };
}

export function assembleAuditTrailReport(source: ReportSource, recommendationId: string, options: AssemblyOptions): AssembledReport {
  const language = options.lang ?? 'en';
  const data = buildAuditTrailReport(source, recommendationId, resolveAsOf(options.asOf), language);
  return { data, document: presentAuditTrailReport(data, labelsFor(language), source.terms), fileName: `audit-trail-${recommendationId}` };
}
