import { Module } from '@nestjs/common';
import { CommandFactsRegistry } from '../event-sourcing/decide';
import { EventRegistry } from '../event-sourcing/event-registry';
import { ForumsModule } from '../forums/forums.module';
import { ReportingFrameworkFacts } from './reporting-framework-facts';
import { reportingFrameworkDecider } from './reporting-framework.decider';
import { REPORTING_FRAMEWORK_EVENTS } from './reporting-framework.events';

/** Each donor's reporting framework: its profile (fiscal year, template, award), pillar mapping and targets. */
@Module({
  imports: [ForumsModule],
  providers: [ReportingFrameworkFacts],
})
export class ReportingFrameworkModule {
  constructor(registry: EventRegistry, commandFacts: CommandFactsRegistry, facts: ReportingFrameworkFacts) {
    registry.register(...REPORTING_FRAMEWORK_EVENTS);
    commandFacts.register(reportingFrameworkDecider, facts);
  }
}
