import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../kernel/principal';
import type { ReportParameters } from '../report-parameters';
import { GeneratedReport } from '../generated-report';
import { assembleOrganisationScorecardReport } from '../report-assembly';
import { ReportSources } from '../report-sources';

export class GenerateOrganisationScorecardReport extends Query<GeneratedReport> {
  constructor(
    readonly organisationId: string,
    readonly parameters: ReportParameters,
    readonly principal: Principal,
  ) {
    super();
  }
}

@QueryHandler(GenerateOrganisationScorecardReport)
export class GenerateOrganisationScorecardReportHandler implements IQueryHandler<GenerateOrganisationScorecardReport> {
  constructor(private readonly sources: ReportSources) {}

  async execute({ organisationId, parameters, principal }: GenerateOrganisationScorecardReport): Promise<GeneratedReport> {
    const source = await this.sources.load({ organisationId }, principal, parameters.position);
    return assembleOrganisationScorecardReport(source, organisationId, parameters);
  }
}
