import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../auth/principal';
import { ReportQueryDto } from '../dto/report-query.dto';
import { GeneratedReport } from '../generated-report';
import { labelsFor } from '../labels/labels-for';
import { buildOrganisationScorecardReport, presentOrganisationScorecardReport } from '../other-reports/organisation-scorecard-report';
import { ReportSources } from '../report-sources';
import { resolveAsOf } from '../report-request';

export class GenerateOrganisationScorecardReport extends Query<GeneratedReport> {
  constructor(
    readonly organisationId: string,
    readonly parameters: ReportQueryDto,
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
    const language = parameters.lang ?? 'en';
    const data = buildOrganisationScorecardReport(source, organisationId, resolveAsOf(parameters.asOf), language);
    return { data, document: presentOrganisationScorecardReport(data, labelsFor(language)), fileName: `organisation-scorecard-${organisationId}` };
  }
}
