import type Database from 'better-sqlite3';
import { GeneratedReport } from '../generated-report';
import {
  DonorReportOptions,
  assembleAuditTrailReport,
  assembleDonorAccountabilityReport,
  assembleForumFollowThroughReport,
  assembleOrganisationScorecardReport,
} from '../report-assembly';
import { reportOutput } from '../report-output';
import { LogoFiles } from '../files/logo-store';
import { loadReportSource } from '../source/load-report-source';
import { withLogoImages } from '../source/with-logo-images';
import { LoadProgress, ReportSource } from '../source/report-source';
import { ProducedReport, ReportJob } from './report-job';

/** A donor's view of a report that is not about its portfolio: only recommendations from forums it funds. */
export function onlyFundedBy(source: ReportSource, donorId: string): ReportSource {
  const funded = new Set(source.forums.filter((f) => f.funders.includes(donorId)).map((f) => f.id));
  return { ...source, forums: source.forums.filter((f) => funded.has(f.id)), recommendations: source.recommendations.filter((r) => funded.has(r.forumId)) };
}

function assemble(job: ReportJob, source: ReportSource): GeneratedReport {
  const { scope, options } = job;
  switch (job.kind) {
    case 'donor-accountability':
      return assembleDonorAccountabilityReport(source, options as DonorReportOptions);
    case 'forum-follow-through':
      return assembleForumFollowThroughReport(source, scope.forumId as string, options);
    case 'organisation-scorecard':
      return assembleOrganisationScorecardReport(source, scope.organisationId as string, options);
    case 'audit-trail':
      return assembleAuditTrailReport(source, scope.recommendationId as string, options);
  }
}

/**
 * The whole pipeline for one report, from the read model to its bytes: load the source (one synchronous pass),
 * build and lay out the report, render it. The same function runs in a report worker and in-process.
 */
export async function produceReport(job: ReportJob, db: Database.Database, onProgress?: LoadProgress): Promise<ProducedReport> {
  const withLogos = (loaded: ReportSource) => (job.logoDirectory ? withLogoImages(loaded, new LogoFiles(job.logoDirectory)) : loaded);
  const period = job.kind === 'donor-accountability' ? (job.options as DonorReportOptions).period : undefined;
  const loaded = { ...withLogos(loadReportSource(db, job.scope, job.position, onProgress, period)), terms: job.terms };
  const source = job.onlyFundedBy ? onlyFundedBy(loaded, job.onlyFundedBy) : loaded;
  const report = assemble(job, source);
  const output = await reportOutput(report, job.format, new Date(job.renderedAt));
  return { fileName: report.fileName, position: source.position, output };
}
