import { CONTENT_TYPES, ReportFormat } from './document/report-document';
import { GeneratedReport, ReportOutput } from './generated-report';

export type { ReportOutput } from './generated-report';
import { renderReport } from './rendering/render-report';

/**
 * JSON is the report's data, byte for byte reproducible; every other format draws its document. A report
 * produced by a report worker (src/reports/production) comes with its bytes in the format asked for.
 */
export async function reportOutput(report: GeneratedReport, format: ReportFormat, now: Date = new Date()): Promise<ReportOutput> {
  if (report.output) return report.output;
  const fileName = `${report.fileName}.${format}`;
  if (format === 'json') return { body: Buffer.from(`${JSON.stringify(report.data, null, 2)}\n`), contentType: CONTENT_TYPES.json, fileName };
  const document = format === 'csv' ? report.document : { ...report.document, renderedAt: now.toISOString() };
  const rendered = await renderReport(document, format);
  return { body: typeof rendered === 'string' ? Buffer.from(rendered) : rendered, contentType: CONTENT_TYPES[format], fileName };
}
