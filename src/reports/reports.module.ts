import { Module } from '@nestjs/common';
import { EventRegistry } from '../event-sourcing/event-registry';
import { ForumsModule } from '../forums/forums.module';
import { MapThemesToPillarsHandler } from './framework/commands/map-themes-to-pillars';
import { SetIndicatorTargetsHandler } from './framework/commands/set-indicator-targets';
import { SetReportingProfileHandler } from './framework/commands/set-reporting-profile';
import { REPORTING_FRAMEWORK_EVENTS } from './framework/reporting-framework.events';
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

@Module({
  imports: [ForumsModule],
  controllers: [ReportsController],
  providers: [
    ReportSources,
    ReportProduction,
    { provide: ReportPool, useFactory: reportPoolFor, inject: [AppConfig] },
    GenerateDonorAccountabilityReportHandler,
    GenerateForumFollowThroughReportHandler,
    GenerateOrganisationScorecardReportHandler,
    GenerateAuditTrailReportHandler,
    GetReportingFrameworkHandler,
    MapThemesToPillarsHandler,
    SetIndicatorTargetsHandler,
    SetReportingProfileHandler,
  ],
})
export class ReportsModule {
  constructor(registry: EventRegistry) {
    registry.register(...REPORTING_FRAMEWORK_EVENTS);
  }
}
