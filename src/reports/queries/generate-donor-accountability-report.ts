import { BadRequestException } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Principal } from '../../auth/principal';
import { buildDonorAccountabilityReport } from '../donor-accountability/build-donor-accountability-report';
import { DonorReportQueryDto } from '../dto/donor-report-query.dto';
import { GeneratedReport } from '../generated-report';
import { labelsFor } from '../labels/labels-for';
import { InvalidReportingPeriod, ReportTemplate, ReportingPeriod, parseReportingPeriod } from '../period/reporting-period';
import { presentDonorAccountabilityReport } from '../presentation/present-donor-accountability-report';
import { ReportSources } from '../report-sources';
import { defaultTemplateFor, resolveAsOf } from '../report-request';
import { LoadProgress } from '../source/report-source';

export class GenerateDonorAccountabilityReport extends Query<GeneratedReport> {
  constructor(
    readonly parameters: DonorReportQueryDto,
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
    const template = parameters.template ?? defaultTemplateFor(source.organisations.get(parameters.donorId)?.name ?? '');
    const period = periodOf(parameters.period, template);
    const language = parameters.lang ?? 'en';
    const data = buildDonorAccountabilityReport(source, { donorId: parameters.donorId, period, template, asOf: resolveAsOf(parameters.asOf), language });
    return {
      data,
      document: presentDonorAccountabilityReport(data, labelsFor(language)),
      fileName: `donor-accountability-${template}-${period.label.replace(/\.\./g, '_')}`,
    };
  }
}

function periodOf(label: string, template: ReportTemplate): ReportingPeriod {
  try {
    return parseReportingPeriod(label, template);
  } catch (error) {
    if (error instanceof InvalidReportingPeriod) throw new BadRequestException(error.message);
    throw error;
  }
}
