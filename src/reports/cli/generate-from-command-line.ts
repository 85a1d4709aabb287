import type Database from 'better-sqlite3';
import { buildDonorAccountabilityReport } from '../donor-accountability/build-donor-accountability-report';
import { GeneratedReport } from '../generated-report';
import { labelsFor } from '../labels/labels-for';
import { buildAuditTrailReport, presentAuditTrailReport } from '../other-reports/audit-trail-report';
import { buildForumFollowThroughReport, presentForumFollowThroughReport } from '../other-reports/forum-follow-through-report';
import { buildOrganisationScorecardReport, presentOrganisationScorecardReport } from '../other-reports/organisation-scorecard-report';
import { parseReportingPeriod } from '../period/reporting-period';
import { presentDonorAccountabilityReport } from '../presentation/present-donor-accountability-report';
import { defaultTemplateFor, resolveAsOf } from '../report-request';
import { loadReportSource } from '../source/load-report-source';
import { LoadProgress } from '../source/report-source';
import { ReportArguments } from './report-arguments';
import { findDonor } from './find-donor';

/** The same reports as the API, for someone with the data directory in hand (and so every right to it). */
export function generateFromCommandLine(db: Database.Database, args: ReportArguments, onProgress: LoadProgress): GeneratedReport {
  const labels = labelsFor(args.lang);
  const asOf = resolveAsOf(args.asOf);
  if (args.report === 'donor-accountability') {
    const donor = findDonor(db, args.donor as string);
    const template = args.template ?? defaultTemplateFor(donor.name);
    const period = parseReportingPeriod(args.period as string, template);
    const source = loadReportSource(db, { donorId: donor.id }, args.position, onProgress);
    const data = buildDonorAccountabilityReport(source, { donorId: donor.id, period, template, asOf, language: args.lang });
    return { data, document: presentDonorAccountabilityReport(data, labels), fileName: `donor-accountability-${template}-${period.label}` };
  }
  if (args.report === 'forum-follow-through') {
    const data = buildForumFollowThroughReport(loadReportSource(db, { forumId: args.forum }, args.position, onProgress), args.forum as string, asOf, args.lang);
    return { data, document: presentForumFollowThroughReport(data, labels), fileName: `forum-follow-through-${args.forum}` };
  }
  if (args.report === 'organisation-scorecard') {
    const source = loadReportSource(db, { organisationId: args.organisation }, args.position, onProgress);
    const data = buildOrganisationScorecardReport(source, args.organisation as string, asOf, args.lang);
    return { data, document: presentOrganisationScorecardReport(data, labels), fileName: `organisation-scorecard-${args.organisation}` };
  }
  const source = loadReportSource(db, { recommendationId: args.recommendation }, args.position, onProgress);
  const data = buildAuditTrailReport(source, args.recommendation as string, asOf, args.lang);
  return { data, document: presentAuditTrailReport(data, labels), fileName: `audit-trail-${args.recommendation}` };
}
