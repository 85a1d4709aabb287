import type { RefusalParams, RefusalReason } from '../../kernel/refusal-reasons';
import { ReportFormat } from '../document/report-document';
import { AssemblyOptions, DonorReportOptions } from '../report-assembly';
import { ReportOutput } from '../report-output';
import { ReportScope } from '../source/report-source';
import type { ReportTerms } from '../source/report-terms';

/** Which report, about what: each kind names its subject in its scope. */
export type ReportKind = 'donor-accountability' | 'forum-follow-through' | 'organisation-scorecard' | 'audit-trail';

/**
 * Everything needed to produce one report's bytes from the read model, as plain data (it crosses to a worker
 * thread): who may see what has been checked already, on the main thread, before a job is made.
 */
export interface ReportJob {
  kind: ReportKind;
  scope: ReportScope;
  /** For donor-accountability, DonorReportOptions (donorId, period, template); for the others, the subject's id is in `scope`. */
  options: AssemblyOptions | DonorReportOptions;
  format: ReportFormat;
  /** Regenerate at this data position (as printed in a report). */
  position?: string;
  /** A donor reading a report that is not about its portfolio sees only the forums it funds. */
  onlyFundedBy?: string;
  /** The moment printed as "rendered at" (ISO 8601), taken when the request came. */
  renderedAt: string;
  /** Where the uploaded logos are kept (DATA_DIR/report-logos), for the cover; none: covers without logos. */
  logoDirectory?: string;
  /** The vocabularies' labels and default pillars, read on the main thread (the worker has no Nest). */
  terms?: ReportTerms;
}

export interface ProducedReport {
  fileName: string;
  /** The data position the report was produced at (null for an empty read model). */
  position: string | null;
  output: ReportOutput;
}

/** An error thrown while producing a report, as plain data (name, message, and the field, reason and params of a RuleViolated). */
export interface ReportFailure {
  name: string;
  message: string;
  field?: string;
  reason?: RefusalReason;
  params?: RefusalParams;
}

/** How much lower than the API's thread a report thread runs (Linux nice): on a busy machine, requests go first. */
export const REPORT_THREAD_NICENESS = 10;
