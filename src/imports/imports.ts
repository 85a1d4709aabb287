import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Principal } from '../kernel/principal';
import { refusal } from '../kernel/refusal-reasons';
import { ListRecommendations } from '../recommendations/queries/list-recommendations';
import type { Table } from './csv';
import { commitImport, type CommitAnswer, type Progress } from './import-commit';
import { ImportPlan } from './import-plan';
import type { ImportPreview, ImportWork } from './import-preview';
import { HeadersMissing, sheetRows } from './import-rows';
import type { RecordedValues } from './import-template';
import { RecordedTrackerReader } from './recorded-tracker';
import { readSpreadsheet, SpreadsheetUnreadable } from './spreadsheet-reading';
import { spreadsheetUnreadable } from './uploaded-file';

export interface ImportFile {
  bytes: Buffer;
  contentType: string;
}

/** Imports of forums, recommendations and assignments from a spreadsheet: a preview, then a commit of the same file. */
@Injectable()
export class Imports {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly tracker: RecordedTrackerReader,
  ) {}

  async preview(file: ImportFile, actor: Principal, minPosition?: string): Promise<{ preview: ImportPreview; work: ImportWork }> {
    const rows = await rowsOf(await this.table(file));
    return new ImportPlan(this.tracker.for(actor, minPosition), new Date().toISOString().slice(0, 10)).run(rows);
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

  /** The names and values the template's second sheet lists. */
  async recordedValues(actor: Principal, minPosition?: string): Promise<RecordedValues> {
    const tracker = this.tracker.for(actor, minPosition);
    const organisations = (await tracker.organisations()).filter((o) => o.active);
    const themes = new Set<string>();
    const regions = new Set<string>(organisations.flatMap((o) => (o.region ? [o.region] : [])));
    for (let page = 1; ; page++) {
      const { items, total } = await this.queries.execute(new ListRecommendations({ page, pageSize: 500 }, actor, minPosition));
      for (const item of items) {
        item.themes.forEach((theme) => themes.add(theme));
        item.targetRegions.forEach((region) => regions.add(region));
      }
      if (items.length === 0 || page * 500 >= total) break;
    }
    const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
    return { organisations: organisations.map(({ name, kind }) => ({ name, kind })), themes: sorted(themes), regions: sorted(regions) };
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
