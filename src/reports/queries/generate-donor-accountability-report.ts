import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../kernel/principal';
import type { DonorReportParameters } from '../report-parameters';
import { GeneratedReport } from '../generated-report';
import { ReportProduction } from '../production/report-production';
import { LoadProgress } from '../source/report-source';

export class GenerateDonorAccountabilityReport extends Query<GeneratedReport> {
  constructor(
    readonly parameters: DonorReportParameters,
    readonly principal: Principal,
    readonly onProgress?: LoadProgress,
  ) {
    super();
  }
}

@QueryHandler(GenerateDonorAccountabilityReport)
export class GenerateDonorAccountabilityReportHandler implements IQueryHandler<GenerateDonorAccountabilityReport> {
  constructor(private readonly production: ReportProduction) {}

  /** An unreadable period answers 400 (InvalidReportingPeriod), another donor's template 422 (RuleViolated). */
  execute({ parameters, principal, onProgress }: GenerateDonorAccountabilityReport): Promise<GeneratedReport> {
    const { donorId, period, template, asOf, lang, format, position } = parameters;
    const request = {
      kind: 'donor-accountability' as const,
      scope: { donorId },
      options: { donorId, period, template, asOf, lang },
      format: format ?? 'json',
      position,
    };
    return this.production.produce(request, principal, onProgress);
  }
}
