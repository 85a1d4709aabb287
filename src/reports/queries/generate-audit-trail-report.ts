import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../auth/principal';
import { ReportQueryDto } from '../dto/report-query.dto';
import { GeneratedReport } from '../generated-report';
import { labelsFor } from '../labels/labels-for';
import { buildAuditTrailReport, presentAuditTrailReport } from '../other-reports/audit-trail-report';
import { ReportSources } from '../report-sources';
import { resolveAsOf } from '../report-request';

export class GenerateAuditTrailReport extends Query<GeneratedReport> {
  constructor(
    readonly recommendationId: string,
    readonly parameters: ReportQueryDto,
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
    const language = parameters.lang ?? 'en';
    const data = buildAuditTrailReport(source, recommendationId, resolveAsOf(parameters.asOf), language);
    return { data, document: presentAuditTrailReport(data, labelsFor(language)), fileName: `audit-trail-${recommendationId}` };
  }
}
