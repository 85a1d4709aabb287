import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccountsModule } from './accounts/accounts.module';
import { AppConfig } from './config/app-config';
import { AuthModule } from './auth/auth.module';
import { CommentsModule } from './comments/comments.module';
import { ConfigModule } from './config/config.module';
import { DemoModule } from './demo/demo.module';
import { EventStoreModule } from './event-store/event-store.module';
import { EventSourcingModule } from './event-sourcing/event-sourcing.module';
import { ForumsModule } from './forums/forums.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProjectionsModule } from './projections/projections.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { ReportingFrameworkModule } from './reporting-framework/reporting-framework.module';
import { ReportsModule } from './reports/reports.module';
import { WebModule } from './web/web.module';
import { PortalModule } from './portal/portal.module';
import { EvidenceFilesModule } from './evidence-files/evidence-files.module';
import { ExportsModule } from './exports/exports.module';
import { TranslationsModule } from './translations/translations.module';
import { RecurrenceModule } from './recurrence/recurrence.module';
import { VocabulariesModule } from './vocabularies/vocabularies.module';
import { TaggingModule } from './tagging/tagging.module';

@Module({})
export class AppModule {
  static with(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CqrsModule.forRoot(),
        EventStoreModule.forRoot(),
        EventSourcingModule,
        ProjectionsModule,
        HealthModule,
        AuthModule,
        AccountsModule,
        OrganisationsModule,
        ForumsModule,
        RecommendationsModule,
        ReportingFrameworkModule,
        ReportsModule,
        CommentsModule,
        DemoModule,
        WebModule,
        NotificationsModule,
        PortalModule,
        EvidenceFilesModule,
        ImportsModule,
        ExportsModule,
        TranslationsModule,
        RecurrenceModule,
        VocabulariesModule,
        TaggingModule,
      ],
    };
  }
}
