import { Injectable } from '@nestjs/common';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Principal } from '../../kernel/principal';
import { AppConfig, filesDirectory } from '../../config/app-config';
import { ProducedReportAnswer } from '../generated-report';
import { ReportSources } from '../report-sources';
import { LoadProgress } from '../source/report-source';
import { produceReport } from './produce-report';
import { ProducedReport, ReportJob } from './report-job';
import { ReportPool } from './report-pool';
import { reportTermsOf } from '../source/report-terms';
import { Vocabularies } from '../../vocabularies/vocabularies';

export type ReportRequest = Omit<ReportJob, 'onlyFundedBy' | 'renderedAt' | 'logoDirectory' | 'terms'>;

export function reportPoolFor(config: AppConfig): ReportPool {
  const workers = config.REPORT_WORKERS ?? Math.max(1, cpus().length - 1);
  return new ReportPool({ workers, queueLimit: config.REPORT_QUEUE_LIMIT, timeoutMs: config.REPORT_TIMEOUT_MS });
}

/**
 * A report asked for over the API: who may see it is checked here, on the main thread, against the read model
 * at the position asked for; the report itself is produced by a worker of the pool (in-process when there
 * are no workers, or the read model is not a file).
 */
@Injectable()
export class ReportProduction {
  private readonly inWorkers: boolean;
  private readonly logoDirectory: string;

  constructor(
    private readonly sources: ReportSources,
    private readonly pool: ReportPool,
    config: AppConfig,
    private readonly vocabularies: Vocabularies,
  ) {
    this.inWorkers = (config.REPORT_WORKERS ?? 1) > 0;
    this.logoDirectory = join(filesDirectory(config), 'report-logos');
  }

  async produce(request: ReportRequest, principal: Principal, onProgress?: LoadProgress): Promise<ProducedReportAnswer> {
    const { db, onlyFundedBy } = await this.sources.open(request.scope, principal, request.position);
    const terms = reportTermsOf(this.vocabularies);
    const job: ReportJob = { ...request, onlyFundedBy, renderedAt: new Date().toISOString(), logoDirectory: this.logoDirectory, terms };
    const file = db.memory ? '' : db.name;
    const produced = this.inWorkers && file ? await this.pool.produce(job, file, onProgress) : await produceReport(job, db, onProgress);
    return asGeneratedReport(produced);
  }
}

/** What the controller sends: the bytes are ready (`output`), and `data` carries only the position for its header. */
function asGeneratedReport(produced: ProducedReport): ProducedReportAnswer {
  return { fileName: produced.fileName, data: { parameters: { position: produced.position } }, output: produced.output };
}
