import { COLUMNS } from './template-columns';
import { newAggregateIdFor } from '../event-sourcing/event-ids';
import type { ForumDetails } from '../forums/forum.events';
import type { Priority } from '../recommendations/recommendation.events';
import { cellProblems, type ImportRowDto } from './dto/import-row.dto';
import type { Correction, ImportPreview, ImportWork, RowPreview, RowProblem } from './import-preview';
import type { SheetRow } from './import-rows';
import { normalisedName } from './nearest-names';
import { OrganisationNames } from './organisation-names';
import type { RecordedTracker } from './recorded-tracker';
import { nextTurn, ROWS_PER_TURN } from './spreadsheet-reading';
import { TAG_COLUMNS, type TagColumn, type TermFinder, tagsAsCodes } from './import-tags';

const TAG_FIELDS = Object.keys(TAG_COLUMNS) as TagColumn[];

/** The command ids an import sends, derived from the row's reference: the same file sends the same commands. */
export const importCommandId = {
  forum: (forumKey: string) => `import:forum:${forumKey}`,
  recommendation: (reference: string) => `import:recommendation:${reference}`,
  assignment: (reference: string) => `import:assignment:${reference}`,
};
const idOf = (commandId: string, kind: string) => newAggregateIdFor({ commandId, idempotent: true }, kind);

const forumKeyOf = (row: ImportRowDto) => `${normalisedName(row.forumTitle ?? '')}|${row.forumStartDate ?? ''}`;
const textKeyOf = (text: string) => normalisedName(text);
/** The row's reference, or one made of its forum and text when the cell is empty. */
export const referenceOf = (row: ImportRowDto) => row.reference ?? `${forumKeyOf(row)}|${textKeyOf(row.text ?? '')}`;

interface FileForum {
  row: number;
  id: string;
  signature: string;
  recorded: boolean;
}

/** Checks every row against the rules and the tracker, and works out what a commit would create. */
export class ImportPlan {
  private readonly forums = new Map<string, FileForum>();
  private readonly references = new Map<string, number>();
  private readonly texts = new Map<string, number>();
  private readonly recordedTexts = new Map<string, Map<string, string>>();
  private readonly work: ImportWork = { forums: [], proposals: [], assignments: [], corrections: [] };
  private recordedForums = new Map<string, string>();
  private organisations!: OrganisationNames;

  constructor(
    private readonly tracker: RecordedTracker,
    private readonly today: string,
    private readonly vocabularies: TermFinder,
  ) {}

  async run(rows: SheetRow[]): Promise<{ preview: ImportPreview; work: ImportWork }> {
    this.organisations = new OrganisationNames(await this.tracker.organisations());
    this.recordedForums = new Map((await this.tracker.forums()).map((f) => [`${normalisedName(f.title)}|${f.startDate}`, f.forumId]));
    const previews: RowPreview[] = [];
    for (const [index, row] of rows.entries()) {
      previews.push(await this.check(row));
      if ((index + 1) % ROWS_PER_TURN === 0) await nextTurn();
    }
    return { preview: this.previewOf(previews), work: this.work };
  }

  private async check({ number, cells }: SheetRow): Promise<RowPreview> {
    const problems: RowProblem[] = cellProblems(cells);
    const invalid = new Set(problems.map((p) => p.field));
    if (!TAG_FIELDS.some((field) => invalid.has(field))) tagsAsCodes(cells, this.vocabularies, problems);
    this.checkDates(cells, invalid, problems);
    const reference = referenceOf(cells);
    const forum = await this.forumOf(number, cells, problems);
    const recommendationCommand = importCommandId.recommendation(reference);
    const recommendationId = idOf(recommendationCommand, 'recommendation');
    this.checkDuplicates(number, cells, reference, forum.id, problems);
    await this.checkRecordedText(cells, forum, recommendationId, problems);
    const recorded = await this.tracker.recommendation(recommendationId);
    const corrections = recorded ? correctionsOf(recorded.state, cells) : [];
    const assignment = this.assignmentOf(cells, problems);
    const preview: RowPreview = {
      row: number,
      reference,
      forum: { id: forum.id, title: cells.forumTitle, action: forum.action },
      recommendation: { id: recommendationId, action: recorded ? (corrections.length > 0 ? 'correct' : 'recorded') : 'create' },
      assignment: { action: 'none', responsible: cells.responsible ?? null, dueDate: cells.dueDate ?? null },
      corrections,
      problems,
      notes: [],
    };
    if (problems.length > 0) return preview;
    forum.accept?.();
    if (!recorded) this.propose(number, cells, recommendationCommand, forum.id);
    if (corrections.length > 0) this.work.corrections.push({ row: number, reference, recommendationId, corrections });
    if (assignment) preview.assignment.action = this.assign(number, cells, reference, recommendationId, assignment, recorded, preview);
    return preview;
  }

  private checkDates(row: ImportRowDto, invalid: Set<string>, problems: RowProblem[]): void {
    const rule = (field: keyof ImportRowDto & RowProblem['field'], earliest: keyof ImportRowDto, name: string) => {
      const [value, bound] = [row[field] as string | undefined, row[earliest] as string | undefined];
      if (!value || !bound || invalid.has(field) || invalid.has(earliest as string)) return;
      if (value < bound)
        problems.push({ field, rule: 'tooEarly', message: `${field} ${value} is before ${name} (${bound})`, params: { value, bound, problem: earliest } });
    };
    rule('forumEndDate', 'forumStartDate', 'the forum started');
    rule('proposedAt', 'forumStartDate', 'the forum started');
    rule('dueDate', 'forumStartDate', 'the forum started');
    rule('assignedAt', 'proposedAt', 'it was proposed');
    for (const field of ['forumStartDate', 'proposedAt', 'assignedAt'] as const) {
      const value = row[field];
      if (value && !invalid.has(field) && value > this.today)
        problems.push({ field, rule: 'inFuture', message: `${field} ${value} is after today`, params: { value } });
    }
  }

  private async forumOf(
    number: number,
    row: ImportRowDto,
    problems: RowProblem[],
  ): Promise<{ id: string; action: RowPreview['forum']['action']; accept?: () => void }> {
    const key = forumKeyOf(row);
    const funders = row.forumFunders.map((name) => this.organisations.find(name, 'forumFunders', problems, true)?.id ?? '');
    const details = forumDetailsOf(row, funders);
    const signature = JSON.stringify({ ...details, title: null });
    const seen = this.forums.get(key);
    if (seen) {
      if (!seen.recorded && seen.signature !== signature) {
        problems.push({
          field: 'row',
          rule: 'forumDiffers',
          message: `the forum's details differ from those on row ${seen.row}: write them the same way`,
          params: { row: seen.row },
        });
      }
      return { id: seen.id, action: seen.recorded ? 'recorded' : 'earlier-row' };
    }
    const commandId = importCommandId.forum(key);
    const derived = idOf(commandId, 'forum');
    const recordedId = this.recordedForums.get(key) ?? ((await this.tracker.forumExists(derived)) ? derived : undefined);
    const forum = { row: number, id: recordedId ?? derived, signature, recorded: recordedId !== undefined };
    // Taken as the file's forum only once the whole row is valid: an invalid row creates nothing.
    const accept = () => {
      this.forums.set(key, forum);
      if (!forum.recorded) this.work.forums.push({ row: number, commandId, details, effectiveAt: row.forumEndDate });
    };
    return { id: forum.id, action: forum.recorded ? 'recorded' : 'create', accept };
  }

  private checkDuplicates(number: number, row: ImportRowDto, reference: string, forumId: string, problems: RowProblem[]): void {
    const sameReference = this.references.get(reference);
    const textKey = `${forumId}|${textKeyOf(row.text ?? '')}`;
    const sameText = this.texts.get(textKey);
    if (sameReference !== undefined) {
      problems.push({
        field: 'reference',
        rule: 'duplicateInFile',
        message: `row ${sameReference} has the same reference "${reference}"`,
        params: { row: sameReference, problem: 'reference' },
      });
    } else if (sameText !== undefined) {
      problems.push({
        field: 'text',
        rule: 'duplicateInFile',
        message: `row ${sameText} has the same recommendation for the same forum`,
        params: { row: sameText, problem: 'text' },
      });
    }
    if (!this.references.has(reference)) this.references.set(reference, number);
    if (!this.texts.has(textKey)) this.texts.set(textKey, number);
  }

  private async checkRecordedText(row: ImportRowDto, forum: { id: string; action: string }, recommendationId: string, problems: RowProblem[]) {
    if (forum.action !== 'recorded' || !row.text) return;
    let texts = this.recordedTexts.get(forum.id);
    if (!texts) {
      texts = new Map((await this.tracker.recommendationsOf(forum.id)).map((r) => [textKeyOf(r.text), r.id]));
      this.recordedTexts.set(forum.id, texts);
    }
    const recordedId = texts.get(textKeyOf(row.text));
    if (recordedId && recordedId !== recommendationId) {
      problems.push({
        field: 'text',
        rule: 'alreadyRecorded',
        message: `this forum already has this recommendation (${recordedId})`,
        params: { id: recordedId },
      });
    }
  }

  private assignmentOf(row: ImportRowDto, problems: RowProblem[]): ImportWork['assignments'][number]['body'] | undefined {
    if (!row.responsible) {
      if (row.dueDate)
        problems.push({ field: 'responsible', rule: 'isNotEmpty', message: 'a due date needs a responsible organisation', params: { problem: 'dueDate' } });
      if (row.supporting.length > 0)
        problems.push({
          field: 'responsible',
          rule: 'isNotEmpty',
          message: 'supporting organisations need a responsible one',
          params: { problem: 'supporting' },
        });
      return undefined;
    }
    const responsible = this.organisations.find(row.responsible, 'responsible', problems);
    const supporting = row.supporting.map((name) => this.organisations.find(name, 'supporting', problems)?.id ?? '');
    if (responsible && supporting.includes(responsible.id)) {
      problems.push({
        field: 'supporting',
        rule: 'supportingIsResponsible',
        message: `"${responsible.name}" is responsible: it cannot also support`,
        params: { name: responsible.name },
      });
    }
    if (!responsible || !row.dueDate) return undefined;
    return { responsibleOrganisationId: responsible.id, supportingOrganisationIds: supporting, dueDate: row.dueDate };
  }

  private propose(number: number, row: ImportRowDto, commandId: string, forumId: string): void {
    const { text, themes, targetRegions, sdgTargets, cedawAreas, mechanisms } = row;
    const body = { text, themes, targetRegions, sdgTargets, cedawAreas, mechanisms, priority: row.priority as Priority };
    this.work.proposals.push({ row: number, commandId, forumId, body, effectiveAt: row.proposedAt });
  }

  private assign(
    number: number,
    row: ImportRowDto,
    reference: string,
    recommendationId: string,
    body: ImportWork['assignments'][number]['body'],
    recorded: Awaited<ReturnType<RecordedTracker['recommendation']>>,
    preview: RowPreview,
  ): RowPreview['assignment']['action'] {
    const commandId = importCommandId.assignment(reference);
    if (recorded?.commandIds.has(commandId)) return 'recorded';
    if (recorded && recorded.state.responsibleOrganisationId !== null) {
      const same = recorded.state.responsibleOrganisationId === body.responsibleOrganisationId && recorded.state.dueDate === body.dueDate;
      if (!same) preview.notes.push('it is assigned otherwise already: the import leaves the assignment as it is (reassign it on its page)');
      return same ? 'recorded' : 'differs';
    }
    this.work.assignments.push({ row: number, commandId, recommendationId, body, effectiveAt: row.assignedAt });
    return 'create';
  }

  private previewOf(rows: RowPreview[]): ImportPreview {
    const invalidRows = rows.filter((row) => row.problems.length > 0).length;
    const summary = {
      rows: rows.length,
      invalidRows,
      forumsToCreate: this.work.forums.length,
      recommendationsToCreate: this.work.proposals.length,
      assignmentsToCreate: this.work.assignments.length,
      correctionsProposed: this.work.corrections.reduce((sum, c) => sum + c.corrections.length, 0),
    };
    const columns = COLUMNS.map(({ key, en, ru, tg }) => ({ key, en, ru, tg }));
    return { valid: invalidRows === 0 && rows.length > 0, summary, columns, rows };
  }
}

function forumDetailsOf(row: ImportRowDto, funders: string[]): ForumDetails {
  return {
    title: row.forumTitle,
    kind: row.forumKind as ForumDetails['kind'],
    startDate: row.forumStartDate,
    endDate: row.forumEndDate,
    location: { country: row.forumCountry, region: row.forumRegion ?? null, district: row.forumDistrict ?? null },
    organisers: row.forumOrganisers.map((name) => ({ name, organisationId: null })),
    funders,
    programme: row.forumProgramme ?? null,
    participants: typeof row.forumParticipants === 'number' ? row.forumParticipants : null,
    sourceReference: row.forumSource ?? null,
  };
}

type Tags = Record<'themes' | 'targetRegions' | 'sdgTargets' | 'cedawAreas' | 'mechanisms', string[]>;

function correctionsOf(state: { text: string; priority: string | null } & Partial<Tags>, row: ImportRowDto): Correction[] {
  const corrections: Correction[] = [];
  if (row.text && state.text !== row.text) corrections.push({ field: 'text', before: state.text, after: row.text });
  const sameList = (a: string[], b: string[]) => [...a].sort().join('\n') === [...b].sort().join('\n');
  for (const field of ['themes', 'targetRegions', 'sdgTargets', 'cedawAreas', 'mechanisms'] as const) {
    const before = state[field] ?? [];
    if (!sameList(before, row[field])) corrections.push({ field, before, after: row[field] });
  }
  if (row.priority && state.priority !== row.priority) corrections.push({ field: 'priority', before: state.priority, after: row.priority });
  return corrections;
}
