import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../kernel/principal';
import type { ReportParameters } from '../report-parameters';
import { GeneratedReport } from '../generated-report';
import { ReportProduction } from '../production/report-production';

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
  constructor(private readonly production: ReportProduction) {}

  execute({ organisationId, parameters, principal }: GenerateOrganisationScorecardReport): Promise<GeneratedReport> {
    const { asOf, lang, format, position } = parameters;
    return this.production.produce(
      { kind: 'organisation-scorecard', scope: { organisationId }, options: { asOf, lang }, format: format ?? 'json', position },
      principal,
    );
  }
}
