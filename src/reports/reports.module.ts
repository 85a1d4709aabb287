import { Module } from '@nestjs/common';
import { ForumsModule } from '../forums/forums.module';
import { GenerateAuditTrailReportHandler } from './queries/generate-audit-trail-report';
import { GenerateDonorAccountabilityReportHandler } from './queries/generate-donor-accountability-report';
import { GenerateForumFollowThroughReportHandler } from './queries/generate-forum-follow-through-report';
import { GenerateOrganisationScorecardReportHandler } from './queries/generate-organisation-scorecard-report';
import { GetReportingFrameworkHandler } from './queries/get-reporting-framework';
import { ReportSources } from './report-sources';
import { ReportsController } from './reports.controller';

@Module({
  imports: [ForumsModule],
  controllers: [ReportsController],
  providers: [
    ReportSources,
    GenerateDonorAccountabilityReportHandler,
    GenerateForumFollowThroughReportHandler,
    GenerateOrganisationScorecardReportHandler,
    GenerateAuditTrailReportHandler,
    GetReportingFrameworkHandler,
  ],
})
export class ReportsModule {}
