import { ReportDocument, ReportFormat } from '../document/report-document';
import { renderCsv } from './render-csv';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';
import { renderXlsx } from './render-xlsx';

/** Every format but JSON, which is the report's own data rather than its document: the caller serialises that. */
export async function renderReport(document: ReportDocument, format: ReportFormat): Promise<string | Buffer> {
  switch (format) {
    case 'csv':
      return renderCsv(document);
    case 'html':
      return renderHtml(document);
    case 'xlsx':
      return renderXlsx(document);
    case 'pdf':
      return renderPdf(document);
    case 'json':
      throw new Error('JSON is the report data itself: serialise it, do not render its document');
  }
}
