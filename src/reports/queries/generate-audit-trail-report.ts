import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../kernel/principal';
import type { ReportParameters } from '../report-parameters';
import { GeneratedReport } from '../generated-report';
import { assembleAuditTrailReport } from '../report-assembly';
import { ReportSources } from '../report-sources';

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
  constructor(private readonly sources: ReportSources) {}

  async execute({ recommendationId, parameters, principal }: GenerateAuditTrailReport): Promise<GeneratedReport> {
    const source = await this.sources.load({ recommendationId }, principal, parameters.position);
    return assembleAuditTrailReport(source, recommendationId, parameters);
  }
}
