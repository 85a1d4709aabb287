import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../kernel/principal';
import type { ReportParameters } from '../report-parameters';
import { GeneratedReport } from '../generated-report';
import { ReportProduction } from '../production/report-production';

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
  constructor(private readonly production: ReportProduction) {}

  execute({ forumId, parameters, principal }: GenerateForumFollowThroughReport): Promise<GeneratedReport> {
    const { asOf, lang, format, position } = parameters;
    return this.production.produce(
      { kind: 'forum-follow-through', scope: { forumId }, options: { asOf, lang }, format: format ?? 'json', position },
      principal,
    );
  }
}
