import type Database from 'better-sqlite3';
import { AssembledReport } from '../generated-report';
import {
  assembleAuditTrailReport,
  assembleDonorAccountabilityReport,
  assembleForumFollowThroughReport,
  assembleOrganisationScorecardReport,
} from '../report-assembly';
import { LogoFiles } from '../files/logo-store';
import { loadReportSource } from '../source/load-report-source';
import { withLogoImages } from '../source/with-logo-images';
import { LoadProgress } from '../source/report-source';
import { ReportArguments } from './report-arguments';
import { findDonor } from './find-donor';
import { reportTermsOf } from '../source/report-terms';
import { VocabularyIndex } from '../../vocabularies/vocabulary-index';

/** The command line reads the tracker's file only: tags are labelled from the packaged vocabularies (terms added in the app show as codes). */
const PACKAGED_TERMS = reportTermsOf(new VocabularyIndex());

/** The same reports as the API, for someone with the data directory in hand (and so every right to it). */
export function generateFromCommandLine(db: Database.Database, args: ReportArguments, onProgress: LoadProgress, logos?: LogoFiles): AssembledReport {
  const options = { asOf: args.asOf, lang: args.lang };
  const load = (scope: Parameters<typeof loadReportSource>[1], period?: string) => {
    const source = { ...loadReportSource(db, scope, args.position, onProgress, period), terms: PACKAGED_TERMS };
    return logos ? withLogoImages(source, logos) : source;
  };
  switch (args.report) {
    case 'donor-accountability': {
      const donor = findDonor(db, args.donor as string);
      return assembleDonorAccountabilityReport(load({ donorId: donor.id }, args.period), {
        ...options,
        donorId: donor.id,
        period: args.period as string,
        template: args.template,
      });
    }
    case 'forum-follow-through':
      return assembleForumFollowThroughReport(load({ forumId: args.forum }), args.forum as string, options);
    case 'organisation-scorecard':
      return assembleOrganisationScorecardReport(load({ organisationId: args.organisation }), args.organisation as string, options);
    case 'audit-trail':
      return assembleAuditTrailReport(load({ recommendationId: args.recommendation }), args.recommendation as string, options);
  }
}
