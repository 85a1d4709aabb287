import type { ReportTemplate } from '../reporting-framework/period/reporting-period';
import type { ReportFormat } from './document/report-document';
import type { ReportLanguage } from './labels/report-labels';

/** What every report is asked for with: a moment, a language, a format, a data position. */
export interface ReportParameters {
  asOf?: string;
  lang?: ReportLanguage;
  format?: ReportFormat;
  position?: string;
}

/** A donor's accountability report: the donor, the period in its own year, and the template. */
export interface DonorReportParameters extends ReportParameters {
  donorId: string;
  period: string;
  template?: ReportTemplate;
}
