import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../kernel/principal';
import type { ReportParameters } from '../report-parameters';
import { GeneratedReport } from '../generated-report';
import { assembleForumFollowThroughReport } from '../report-assembly';
import { ReportSources } from '../report-sources';

export class GenerateForumFollowThroughReport extends Query<GeneratedReport> {
  constructor(
    readonly forumId: string,
    readonly parameters: ReportParameters,
    readonly principal: Principal,
  ) {
    super();
  }
}

@QueryHandler(GenerateForumFollowThroughReport)
export class GenerateForumFollowThroughReportHandler implements IQueryHandler<GenerateForumFollowThroughReport> {
  constructor(private readonly sources: ReportSources) {}

  async execute({ forumId, parameters, principal }: GenerateForumFollowThroughReport): Promise<GeneratedReport> {
    const source = await this.sources.load({ forumId }, principal, parameters.position);
    return assembleForumFollowThroughReport(source, forumId, parameters);
  }
}
