import { ReportDocument } from './document/report-document';

/** A report as data (its JSON) and as a document for people, with the file name it downloads as. */
export interface GeneratedReport {
  data: object;
  document: ReportDocument;
  /** Without extension, e.g. `donor-accountability-inl-2025-Q1`. */
  fileName: string;
}
