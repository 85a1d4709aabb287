import { EventSourcedAggregate } from '../../event-sourcing/event-sourced-aggregate';
import { ReportingFrameworkCommand, ReportingFrameworkState, reportingFrameworkDecider } from './reporting-framework.decider';
import { ReportingFrameworkEvent } from './reporting-framework.events';

/** Stream `reporting-framework-<donor organisation id>`. */
export class ReportingFramework extends EventSourcedAggregate<ReportingFrameworkCommand, ReportingFrameworkEvent, ReportingFrameworkState> {
  readonly kind = 'reporting-framework';

  constructor(donorId: string) {
    super(donorId, reportingFrameworkDecider);
  }

  static create = (donorId: string) => new ReportingFramework(donorId);
}
