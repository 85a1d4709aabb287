import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../kernel/principal';
import { EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { TrackerReadModel } from '../../projections/tracker-read-model';

import { ReportingFrameworkState, reportingFrameworkDecider } from '../../reporting-framework/reporting-framework.decider';
import { SPOTLIGHT_PILLARS } from '../../reporting-framework/reporting-framework.events';

export interface ReportingFrameworkView extends ReportingFrameworkState {
  donorId: string;
  pillars: readonly string[];
  revision: string | null;
}

export class GetReportingFramework extends Query<ReportingFrameworkView> {
  constructor(
    readonly donorId: string,
    readonly principal: Principal,
  ) {
    super();
  }
}

@QueryHandler(GetReportingFramework)
export class GetReportingFrameworkHandler implements IQueryHandler<GetReportingFramework> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly tracker: TrackerReadModel,
  ) {}

  async execute({ donorId, principal }: GetReportingFramework): Promise<ReportingFrameworkView> {
    this.tracker.donorScope(principal, donorId);
    const framework = await this.repository.load(reportingFrameworkDecider, donorId);
    return { donorId, pillars: SPOTLIGHT_PILLARS, ...framework.state, revision: framework.revision === null ? null : String(framework.revision) };
  }
}
