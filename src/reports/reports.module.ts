import { Module } from '@nestjs/common';
import { EventRegistry } from '../event-sourcing/event-registry';
import { ForumsModule } from '../forums/forums.module';
import { MapThemesToPillarsHandler } from './framework/commands/map-themes-to-pillars';
import { SetIndicatorTargetsHandler } from './framework/commands/set-indicator-targets';
import { SetReportingProfileHandler } from './framework/commands/set-reporting-profile';
import { SetReportLogoHandler } from './framework/commands/set-report-logo';
import { LogoStore } from './framework/logo-store';
import { WriteReportNarrativeHandler } from './framework/commands/write-report-narrative';
import { REPORTING_FRAMEWORK_EVENTS } from './framework/reporting-framework.events';
import { GenerateAuditTrailReportHandler } from './queries/generate-audit-trail-report';
import { GenerateDonorAccountabilityReportHandler } from './queries/generate-donor-accountability-report';
import { GenerateForumFollowThroughReportHandler } from './queries/generate-forum-follow-through-report';
import { GenerateOrganisationScorecardReportHandler } from './queries/generate-organisation-scorecard-report';
import { GetReportingFrameworkHandler } from './queries/get-reporting-framework';
import { ReportSources } from './report-sources';
import { ReportsController } from './reports.controller';
import { ReportSubmissionsController } from './report-submissions.controller';
import { SubmitReportHandler } from './framework/commands/submit-report';
import { SubmissionStore } from './framework/submission-store';

@Module({
  imports: [ForumsModule],
  controllers: [ReportsController, ReportSubmissionsController],
  providers: [
    ReportSources,
    GenerateDonorAccountabilityReportHandler,
    GenerateForumFollowThroughReportHandler,
    GenerateOrganisationScorecardReportHandler,
    GenerateAuditTrailReportHandler,
    GetReportingFrameworkHandler,
    MapThemesToPillarsHandler,
    SetIndicatorTargetsHandler,
    SetReportingProfileHandler,
    SetReportLogoHandler,
    WriteReportNarrativeHandler,
    SubmitReportHandler,
    SubmissionStore,
    LogoStore,
  ],
})
export class ReportsModule {
  constructor(registry: EventRegistry) {
    registry.register(...REPORTING_FRAMEWORK_EVENTS);
  }
}
