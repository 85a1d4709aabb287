import { ReportDocument } from './document/report-document';

/** A report's bytes in one format, with what it is sent as. */
export interface ReportOutput {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** A report as data (its JSON) and as a document for people, with the file name it downloads as. */
export interface AssembledReport {
  data: object;
  document: ReportDocument;
  /** Without extension, e.g. `donor-accountability-inl-2025-Q1`. */
  fileName: string;
  output?: undefined;
}

/** A report already produced in the format asked for (by a report worker): its bytes, and the position it was produced at. */
export interface ProducedReportAnswer {
  data: { parameters: { position: string | null } };
  document?: undefined;
  fileName: string;
  output: ReportOutput;
}

export type GeneratedReport = AssembledReport | ProducedReportAnswer;
