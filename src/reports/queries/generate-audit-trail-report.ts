import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../kernel/principal';
import type { ReportParameters } from '../report-parameters';
import { GeneratedReport } from '../generated-report';
import { ReportProduction } from '../production/report-production';

export class GenerateAuditTrailReport extends Query<GeneratedReport> {
  constructor(
    readonly recommendationId: string,
    readonly parameters: ReportParameters,
    readonly principal: Principal,
  ) {
    super();
  }
}

@QueryHandler(GenerateAuditTrailReport)
export class GenerateAuditTrailReportHandler implements IQueryHandler<GenerateAuditTrailReport> {
  constructor(private readonly production: ReportProduction) {}

  execute({ recommendationId, parameters, principal }: GenerateAuditTrailReport): Promise<GeneratedReport> {
    const { asOf, lang, format, position } = parameters;
    return this.production.produce(
      { kind: 'audit-trail', scope: { recommendationId }, options: { asOf, lang }, format: format ?? 'json', position },
      principal,
    );
  }
}
