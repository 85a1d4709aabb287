import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../auth/principal';
import { ReportQueryDto } from '../dto/report-query.dto';
import { GeneratedReport } from '../generated-report';
import { labelsFor } from '../labels/labels-for';
import { buildForumFollowThroughReport, presentForumFollowThroughReport } from '../other-reports/forum-follow-through-report';
import { ReportSources } from '../report-sources';
import { resolveAsOf } from '../report-request';

export class GenerateForumFollowThroughReport extends Query<GeneratedReport> {
  constructor(
    readonly forumId: string,
    readonly parameters: ReportQueryDto,
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
    const language = parameters.lang ?? 'en';
    const data = buildForumFollowThroughReport(source, forumId, resolveAsOf(parameters.asOf), language);
    return { data, document: presentForumFollowThroughReport(data, labelsFor(language)), fileName: `forum-follow-through-${forumId}` };
  }
}
