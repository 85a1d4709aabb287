import { QueryRefused } from '../../kernel/query-refusals';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../kernel/principal';
import type { DonorReportParameters } from '../report-parameters';
import { GeneratedReport } from '../generated-report';
import { InvalidReportingPeriod } from '../../reporting-framework/period/reporting-period';
import { assembleDonorAccountabilityReport } from '../report-assembly';
import { ReportSources } from '../report-sources';
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
  constructor(private readonly sources: ReportSources) {}

  async execute({ parameters, principal, onProgress }: GenerateDonorAccountabilityReport): Promise<GeneratedReport> {
    const source = await this.sources.load({ donorId: parameters.donorId }, principal, parameters.position, onProgress);
    try {
      return assembleDonorAccountabilityReport(source, parameters);
    } catch (error) {
      if (error instanceof InvalidReportingPeriod) throw new QueryRefused(error.message, 'InvalidReportingPeriod');
      throw error;
    }
  }
}
