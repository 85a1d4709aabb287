import { Module } from '@nestjs/common';
import { ForumsModule } from '../forums/forums.module';
import { LogoStore } from './files/logo-store';
import { GenerateAuditTrailReportHandler } from './queries/generate-audit-trail-report';
import { GenerateDonorAccountabilityReportHandler } from './queries/generate-donor-accountability-report';
import { GenerateForumFollowThroughReportHandler } from './queries/generate-forum-follow-through-report';
import { GenerateOrganisationScorecardReportHandler } from './queries/generate-organisation-scorecard-report';
import { GetReportingFrameworkHandler } from './queries/get-reporting-framework';
import { ReportSources } from './report-sources';
import { ReportProduction, reportPoolFor } from './production/report-production';
import { ReportPool } from './production/report-pool';
import { AppConfig } from '../config/app-config';
import { ReportsController } from './reports.controller';
import { ReportSubmissionsController } from './report-submissions.controller';
import { SubmissionStore } from './files/submission-store';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';

@Module({
  imports: [ForumsModule, VocabulariesModule],
  controllers: [ReportsController, ReportSubmissionsController],
  providers: [
    ReportSources,
    ReportProduction,
    { provide: ReportPool, useFactory: reportPoolFor, inject: [AppConfig] },
    GenerateDonorAccountabilityReportHandler,
    GenerateForumFollowThroughReportHandler,
    GenerateOrganisationScorecardReportHandler,
    GenerateAuditTrailReportHandler,
    GetReportingFrameworkHandler,
    SubmissionStore,
    LogoStore,
  ],
})
export class ReportsModule {}
