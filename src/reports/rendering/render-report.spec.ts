import { sampleReportDocument } from '../../../test/reports/sample-report-document';
import { renderReport } from './render-report';

describe('renderReport', () => {
  it('renders CSV and HTML as text, XLSX and PDF as bytes', async () => {
    const document = sampleReportDocument();
    expect(await renderReport(document, 'csv')).toMatch(/^\uFEFF"Donor accountability report"\r\n/);
    expect(await renderReport(document, 'html')).toMatch(/^<!doctype html>/);
    expect((await renderReport(document, 'xlsx')).slice(0, 2).toString()).toBe('PK');
    expect((await renderReport(document, 'pdf')).slice(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses JSON, which is the report data rather than its document', async () => {
    await expect(renderReport(sampleReportDocument(), 'json')).rejects.toThrow(/JSON/);
  });
});
