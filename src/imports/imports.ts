import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Principal } from '../kernel/principal';
import { refusal } from '../kernel/refusal-reasons';
import type { Table } from './csv';
import { commitImport, type CommitAnswer, type Progress } from './import-commit';
import { ImportPlan } from './import-plan';
import type { ImportPreview, ImportWork } from './import-preview';
import { HeadersMissing, sheetRows } from './import-rows';
import type { RecordedValues, TemplateLanguage } from './import-template';
import { RecordedTrackerReader } from './recorded-tracker';
import { readSpreadsheet, SpreadsheetUnreadable } from './spreadsheet-reading';
import { spreadsheetUnreadable } from './uploaded-file';
import { Vocabularies } from '../vocabularies/vocabularies';
import { VOCABULARY_KINDS } from '../vocabularies/vocabulary';

export interface ImportFile {
  bytes: Buffer;
  contentType: string;
}

/** Imports of forums, recommendations and assignments from a spreadsheet: a preview, then a commit of the same file. */
@Injectable()
export class Imports {
  constructor(
    private readonly commands: CommandBus,
    private readonly tracker: RecordedTrackerReader,
    private readonly vocabularies: Vocabularies,
  ) {}

  async preview(file: ImportFile, actor: Principal, minPosition?: string): Promise<{ preview: ImportPreview; work: ImportWork }> {
    const rows = await rowsOf(await this.table(file));
    return new ImportPlan(this.tracker.for(actor, minPosition), new Date().toISOString().slice(0, 10), this.vocabularies).run(rows);
  }

  /** Checks the file again, as the tracker stands now, and refuses all of it if any row is wrong. */
  async commit(file: ImportFile, actor: Principal, minPosition?: string, progress?: Progress): Promise<CommitAnswer> {
    const { preview, work } = await this.preview(file, actor, minPosition);
    if (!preview.valid) {
      const message =
        preview.rows.length === 0 ? 'the file has no rows under its header' : `${preview.summary.invalidRows} rows are not valid: nothing was imported`;
      const problem = refusal('ImportRowsInvalid', message, { invalidRows: preview.summary.invalidRows });
      throw new HttpException({ error: 'Unprocessable Entity', code: 'RuleViolated', ...problem, preview }, HttpStatus.UNPROCESSABLE_ENTITY);
    }
    return commitImport(this.commands, actor, work, progress);
  }

  /** The names and values the template's second sheet lists: the organisations, and the vocabularies' current terms in the language. */
  async recordedValues(actor: Principal, language: TemplateLanguage, minPosition?: string): Promise<RecordedValues> {
    const tracker = this.tracker.for(actor, minPosition);
    const organisations = (await tracker.organisations()).filter((o) => o.active);
    const terms = VOCABULARY_KINDS.map((kind) => [kind, this.vocabularies.terms(kind).flatMap((t) => (t.retired ? [] : [t.labels[language] || t.labels.en]))]);
    return { organisations: organisations.map(({ name, kind }) => ({ name, kind })), terms: Object.fromEntries(terms) as RecordedValues['terms'] };
  }

  private async table(file: ImportFile) {
    try {
      return await readSpreadsheet(file.bytes, file.contentType);
    } catch (error) {
      if (error instanceof SpreadsheetUnreadable) throw spreadsheetUnreadable(error.message);
      throw error;
    }
  }
}

/** A header row without the columns an import needs is a refusal of the file, not of its rows. */
async function rowsOf(table: Table) {
  try {
    return await sheetRows(table);
  } catch (error) {
    if (!(error instanceof HeadersMissing)) throw error;
    const problem = refusal('ImportHeadersMissing', error.message, { missing: error.missing });
    throw new HttpException({ error: 'Bad Request', code: 'BadRequest', ...problem }, HttpStatus.BAD_REQUEST);
  }
}
