import type Database from 'better-sqlite3';
import { RecordedEvent } from '../../../event-store/event-store.port';
import { EventMetadata } from '../../../event-sourcing/event-metadata';
import { forumDecider } from '../../../forums/forum.decider';
import { ForumEvent } from '../../../forums/forum.events';
import { organisationDecider } from '../../../organisations/organisation.decider';
import { OrganisationEvent } from '../../../organisations/organisation.events';
import { RecommendationEvent } from '../../../recommendations/recommendation.events';
import { RecommendationState, evolve, initialState, percentCompleteOf } from '../../../recommendations/recommendation.state';
import { ReportingFrameworkState, reportingFrameworkDecider } from '../../../reporting-framework/reporting-framework.decider';
import { ReportingFrameworkEvent } from '../../../reporting-framework/reporting-framework.events';
import { Projection, RebuildSession } from '../../projection';
import { statement } from '../../statement-cache';
import { createTrackerIndexes, createTrackerTables } from './tracker.schema';
import { DONE_STATUSES } from './tracker.snapshot';
import { KnownTransition, StandingBasis, StandingSpan, basisOf, extendSpans, standingSpans } from './standing-spans';

const metadataOf = (event: RecordedEvent) => event.metadata as unknown as EventMetadata;

/** Reads a row's stored state, or undefined when the event was applied already (a redelivery). */
function stateBefore<S>(db: Database.Database, table: string, id: string, event: RecordedEvent, initial: S): S | undefined {
  const row = statement(db, `SELECT state, last_position FROM ${table} WHERE id = ?`).get(id) as { state: string; last_position: bigint } | undefined;
  if (row && row.last_position >= event.position.commit) return undefined;
  return row ? (JSON.parse(row.state) as S) : initial;
}

function applyOrganisationEvent(db: Database.Database, event: RecordedEvent, id: string): void {
  const before = stateBefore(db, 'organisations', id, event, organisationDecider.initialState);
  if (!before) return;
  const state = organisationDecider.evolve(before, event as unknown as OrganisationEvent);
  statement(
    db,
    `INSERT OR REPLACE INTO organisations (id, name, kind, country, region, active, state, last_position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, state.name, state.kind, state.country, state.region, state.status === 'active' ? 1 : 0, JSON.stringify(state), event.position.commit);
}

function applyForumEvent(db: Database.Database, event: RecordedEvent, id: string): void {
  const before = stateBefore(db, 'forums', id, event, forumDecider.initialState);
  if (!before) return;
  const state = forumDecider.evolve(before, event as unknown as ForumEvent);
  statement(
    db,
    `INSERT OR REPLACE INTO forums (id, title, kind, start_date, end_date, country, region, programme, participants, state, last_position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    state.title,
    state.kind,
    state.startDate,
    state.endDate,
    state.location?.country ?? null,
    state.location?.region ?? null,
    state.programme,
    state.participants,
    JSON.stringify(state),
    event.position.commit,
  );
  statement(db, 'DELETE FROM forum_funders WHERE forum_id = ?').run(id);
  const insertFunder = statement(db, 'INSERT INTO forum_funders (forum_id, organisation_id) VALUES (?, ?)');
  for (const funder of state.funders) insertFunder.run(id, funder);
}

function noteOf(event: RecordedEvent): string | null {
  const data = event.data as { reason?: string; note?: string | null; summary?: string };
  return data.reason ?? data.summary ?? data.note ?? null;
}

interface RecommendationRow {
  state: RecommendationState;
  proposedAt: string;
  implementedAt: string | null;
  lastChangedAt: string;
  lastNote: string | null;
  revision: bigint;
  lastPosition: bigint;
}

/**
 * What a batch (a rebuild: the whole log) added to a recommendation's history, for its standings: the rows in order, with
 * their positions. `corrected`: an effective time was corrected in the batch.
 */
/** A history row as the table holds it. */
interface AddedRow extends KnownTransition {
  position: bigint;
  statusBefore: string;
  actorAccountId: string | null;
  actorOrganisationId: string | null;
  actorRole: string | null;
  note: string | null;
  evidence: string;
  percentComplete: number | null;
  supersededPosition: bigint | null;
  correctsPosition: bigint | null;
}

interface AddedHistory {
  rows: AddedRow[];
  corrected: boolean;
}

interface Entry {
  row: RecommendationRow | undefined;
  stored: boolean;
  /** The forum its stored standings are filed under (a later event may name another), and what extends them. */
  storedForum?: string;
  basis?: StandingBasis | null;
  added: AddedHistory;
}

const nothingAdded = (): AddedHistory => ({ rows: [], corrected: false });

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
type Written = [string, Entry & { row: RecommendationRow }];
const inIdOrder = ([a]: Written, [b]: Written) => compare(a, b);
const inForumOrder = (a: Written, b: Written) => compare(a[1].row.state.forumId as string, b[1].row.state.forumId as string) || inIdOrder(a, b);

/**
 * The recommendation rows a batch touches, each read once and written once at the end of the batch,
 * however many of its events the batch holds. A stored row is updated in place: replacing it would also
 * move it and rewrite its key's index entry, and a rebuild's commits are bound by the pages they write.
 */
class RecommendationRows {
  private readonly rows = new Map<string, Entry>();

  /**
   * `wholeHistory`: in a rebuild every history row is made in this session and kept in memory until the end, then
   * written by recommendation in the order of the history's key.
   */
  constructor(
    private readonly db: Database.Database,
    readonly wholeHistory = false,
  ) {}

  /** The position of the history row of the recommendation's event at `revision` that is not superseded. */
  historyRow(id: string, revision: number): bigint | undefined {
    const added = this.addedAt(id, revision);
    if (added || this.wholeHistory) return added?.position;
    const row = statement(this.db, 'SELECT position FROM recommendation_history WHERE recommendation_id = ? AND revision = ? AND superseded_at IS NULL').get(
      id,
      revision,
    ) as { position: bigint } | undefined;
    return row?.position;
  }

  historyWritten(id: string, row: AddedRow): void {
    if (!this.wholeHistory) insertHistory(this.db, id, row);
    (this.rows.get(id) as Entry).added.rows.push(row);
  }

  private addedAt(id: string, revision: number) {
    const rows = this.rows.get(id)?.added.rows ?? [];
    for (let at = rows.length - 1; at >= 0; at--) if (rows[at].revision === revision && rows[at].supersededAt === null) return rows[at];
    return undefined;
  }

  /** The row at `revision` is superseded from `recordedAt` by a copy taking effect at `effectiveAt`, at `position`. */
  historyCorrected(id: string, revision: number, position: bigint, effectiveAt: string, recordedAt: string): void {
    const old = this.addedAt(id, revision);
    (this.rows.get(id) as Entry).added.corrected = true;
    if (!old) return;
    [old.supersededAt, old.supersededPosition] = [recordedAt, position];
    const copy = {
      ...old,
      position,
      effectiveAt,
      recordedAt,
      supersededAt: null,
      supersededPosition: null,
      correctsPosition: old.correctsPosition ?? old.position,
    };
    (this.rows.get(id) as Entry).added.rows.push(copy);
  }

  get(id: string): RecommendationRow | undefined {
    const known = this.rows.get(id);
    if (known) return known.row;
    const stored = statement(
      this.db,
      'SELECT state, proposed_at, implemented_at, last_changed_at, last_note, revision, last_position, standing_basis FROM recommendations WHERE id = ?',
    ).get(id) as
      | {
          standing_basis: string | null;
          state: string;
          proposed_at: string;
          implemented_at: string | null;
          last_changed_at: string;
          last_note: string | null;
          revision: bigint;
          last_position: bigint;
        }
      | undefined;
    const row = stored && {
      state: JSON.parse(stored.state) as RecommendationState,
      proposedAt: stored.proposed_at,
      implementedAt: stored.implemented_at,
      lastChangedAt: stored.last_changed_at,
      lastNote: stored.last_note,
      revision: stored.revision,
      lastPosition: stored.last_position,
    };
    const basis = stored?.standing_basis ? (JSON.parse(stored.standing_basis) as StandingBasis) : null;
    this.rows.set(id, { row, stored: stored !== undefined, storedForum: row?.state.forumId ?? undefined, basis, added: nothingAdded() });
    return row;
  }

  put(id: string, row: RecommendationRow): void {
    const known = this.rows.get(id);
    this.rows.set(id, { ...known, row, stored: known?.stored ?? false, added: known?.added ?? nothingAdded() });
  }

  write(): void {
    for (const _chunk of this.writeInChunks(Infinity));
  }

  /**
   * Writes the rows, yielding after each `size` of them; then the spans of the recommendations first written now. In a
   * rebuild each table's rows go in its key's order (by id, then the spans by forum and id): appended to its B-tree,
   * not inserted here and there in it.
   */
  *writeInChunks(size: number): Generator<void> {
    const insert = statement(
      this.db,
      `INSERT INTO recommendations (forum_id, text, search_text, priority, status, responsible_id, due_date, percent_complete,
         proposed_at, implemented_at, last_changed_at, last_note, revision, state, last_position, standing_basis, id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const update = statement(
      this.db,
      `UPDATE recommendations SET forum_id = ?, text = ?, search_text = ?, priority = ?, status = ?, responsible_id = ?,
         due_date = ?, percent_complete = ?, proposed_at = ?, implemented_at = ?, last_changed_at = ?, last_note = ?,
         revision = ?, state = ?, last_position = ?, standing_basis = ? WHERE id = ?`,
    );
    const entries = [...this.rows].filter((entry): entry is Written => entry[1].row !== undefined);
    this.rows.clear();
    if (this.wholeHistory) entries.sort(inIdOrder);
    let written = 0;
    for (const [id, entry] of entries) {
      const { row, stored } = entry;
      if (++written % size === 0) yield;
      const { state } = row;
      if (this.wholeHistory) for (const added of entry.added.rows) insertHistory(this.db, id, added);
      const basis = stored ? writeStoredStandings(this.db, id, entry, row) : basisOf(entry.added.rows);
      (stored ? update : insert).run(
        state.forumId,
        state.text,
        state.text.toLocaleLowerCase(),
        state.priority,
        state.status,
        state.responsibleOrganisationId,
        state.dueDate,
        percentCompleteOf(state.status, state.percentComplete),
        row.proposedAt,
        row.implementedAt,
        row.lastChangedAt,
        row.lastNote,
        row.revision,
        JSON.stringify(state),
        row.lastPosition,
        JSON.stringify(basis),
        id,
      );
    }
    const first = entries.filter(([, entry]) => !entry.stored);
    if (this.wholeHistory) first.sort(inForumOrder);
    for (const [id, { row, added }] of first) {
      if (++written % size === 0) yield;
      insertSpans(this.db, row.state.forumId as string, id, row.proposedAt, standingSpans(added.rows));
    }
  }
}

const insertSpans = (db: Database.Database, forumId: string, id: string, proposedAt: string, spans: StandingSpan[]) => {
  const insert = statement(
    db,
    `INSERT INTO recommendation_standings (forum_id, id, known_from, known_until, proposed_at, status, responsible_id, due_date, implemented_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const span of spans) {
    insert.run(forumId, id, span.knownFrom, span.knownUntil, proposedAt, span.status, span.responsibleId, span.dueDate, span.implementedAt);
  }
};

/**
 * A stored recommendation's standing spans after the batch, and what extends them next (one first written now has its
 * whole history in memory). Its open span is extended by what the batch added when that came later than all it knew
 * (the usual case, see extendSpans); else its spans are made again from its history rows (a few, on one or two pages
 * of the history's key), deleted from the forum they were filed under, which a later event may have changed.
 */
function writeStoredStandings(db: Database.Database, id: string, entry: Entry, row: RecommendationRow): StandingBasis {
  const forumId = row.state.forumId as string;
  const { added } = entry;
  const movedForum = entry.storedForum !== forumId;
  if (entry.basis && !added.corrected && !movedForum) {
    const basis = extendedStandings(db, forumId, id, row.proposedAt, entry.basis, added.rows);
    if (basis) return basis;
  }
  const rows = statement(
    db,
    `SELECT effective_at AS effectiveAt, recorded_at AS recordedAt, superseded_at AS supersededAt, revision, event_type AS type,
       status_after AS status, responsible_id AS responsibleId, due_date AS dueDate FROM recommendation_history WHERE recommendation_id = ?`,
  )
    .safeIntegers(false)
    .all(id) as KnownTransition[];
  statement(db, 'DELETE FROM recommendation_standings WHERE forum_id = ? AND id = ?').run(entry.storedForum ?? null, id);
  insertSpans(db, forumId, id, row.proposedAt, standingSpans(rows));
  return basisOf(rows);
}

/** The stored open span closed where the added rows change the standing, and the spans they open; undefined when they cannot extend it. */
function extendedStandings(
  db: Database.Database,
  forumId: string,
  id: string,
  proposedAt: string,
  stored: StandingBasis,
  rows: KnownTransition[],
): StandingBasis | undefined {
  if (rows.length === 0) return stored;
  const open = statement(
    db,
    `SELECT known_from AS knownFrom, known_until AS knownUntil, status, responsible_id AS responsibleId, due_date AS dueDate,
       implemented_at AS implementedAt FROM recommendation_standings WHERE forum_id = ? AND id = ? ORDER BY known_from DESC LIMIT 1`,
  ).get(forumId, id) as StandingSpan | undefined;
  const spans = open ? [open] : [];
  let basis: StandingBasis | undefined = stored;
  for (const row of rows) if (basis) basis = extendSpans(spans, basis, row);
  if (!basis) return undefined;
  if (open && open.knownUntil !== null) {
    statement(db, 'UPDATE recommendation_standings SET known_until = ? WHERE forum_id = ? AND id = ? AND known_from = ?').run(
      open.knownUntil,
      forumId,
      id,
      open.knownFrom,
    );
  }
  insertSpans(db, forumId, id, proposedAt, open ? spans.slice(1) : spans);
  return basis;
}

const CORRECTION = 'RecommendationEffectiveDateCorrected';
const CONTENT_CORRECTION = 'RecommendationCorrected';
const isDone = (status: string) => DONE_STATUSES.includes(status);

function applyRecommendationEvent(db: Database.Database, event: RecordedEvent, id: string, rows: RecommendationRows): void {
  const existing = rows.get(id);
  if (existing && existing.lastPosition >= event.position.commit) return;
  const before = existing?.state ?? initialState;
  const metadata = metadataOf(event);
  const state = evolve(before, { type: event.type, data: event.data, effectiveAt: metadata.effectiveAt } as unknown as RecommendationEvent);
  if (event.type === CORRECTION && existing) return applyCorrection(db, event, id, { ...existing, state }, rows);
  if (event.type === CONTENT_CORRECTION && existing) return applyContentCorrection(db, event, id, { ...existing, state }, rows);
  const implementedAt = !isDone(state.status) ? null : event.type === 'RecommendationImplemented' ? metadata.effectiveAt : (existing?.implementedAt ?? null);
  rows.put(id, {
    state,
    proposedAt: existing?.proposedAt ?? metadata.effectiveAt,
    implementedAt,
    lastChangedAt: metadata.effectiveAt,
    lastNote: noteOf(event),
    revision: event.revision,
    lastPosition: event.position.commit,
  });
  if (event.type === 'RecommendationProposed') replaceTags(db, id, state);
  rows.historyWritten(id, historyRowOf(event, before, state));
}

/** The corrected event's row is superseded (from the correction's recorded time) by a copy with the corrected time. */
function applyCorrection(db: Database.Database, event: RecordedEvent, id: string, row: RecommendationRow, rows: RecommendationRows): void {
  const { revision, effectiveAt } = event.data as { revision: number; effectiveAt: string };
  const { recordedAt } = metadataOf(event);
  const oldPosition = rows.historyRow(id, revision);
  if (oldPosition !== undefined && !rows.wholeHistory) {
    const old = { position: oldPosition };
    statement(db, 'UPDATE recommendation_history SET superseded_at = ?, superseded_position = ? WHERE recommendation_id = ? AND position = ?').run(
      recordedAt,
      event.position.commit,
      id,
      old.position,
    );
    statement(
      db,
      `INSERT OR IGNORE INTO recommendation_history (position, recommendation_id, revision, event_type, status_before, status_after, responsible_id,
         due_date, effective_at, recorded_at, actor_account_id, actor_organisation_id, actor_role, note, evidence, percent_complete, superseded_at, superseded_position, corrects_position)
       SELECT ?, recommendation_id, revision, event_type, status_before, status_after, responsible_id, due_date, ?, ?, actor_account_id,
         actor_organisation_id, actor_role, note, evidence, percent_complete, NULL, NULL, COALESCE(corrects_position, position) FROM recommendation_history WHERE recommendation_id = ? AND position = ?`,
    ).run(event.position.commit, effectiveAt, recordedAt, id, old.position);
  }
  rows.historyCorrected(id, revision, event.position.commit, effectiveAt, recordedAt);
  const { state } = row;
  rows.put(id, {
    ...row,
    proposedAt: revision === 0 ? effectiveAt : row.proposedAt,
    implementedAt: state.implementation?.revision === revision && isDone(state.status) ? effectiveAt : row.implementedAt,
    lastChangedAt: state.lastEffective?.revision === revision ? effectiveAt : row.lastChangedAt,
    revision: event.revision,
    lastPosition: event.position.commit,
  });
}

/** The row takes the corrected content (its lifecycle times stay); the correction is kept with what it changed, for the timeline and reports as of before it. */
function applyContentCorrection(db: Database.Database, event: RecordedEvent, id: string, row: RecommendationRow, rows: RecommendationRows): void {
  const { actor, recordedAt } = metadataOf(event);
  const { changed, previous, reason } = event.data as { changed: object; previous: object; reason: string };
  statement(
    db,
    `INSERT OR IGNORE INTO recommendation_corrections (position, recommendation_id, revision, status, recorded_at, actor_account_id, actor_organisation_id,
       actor_role, reason, changed, previous) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    event.position.commit,
    id,
    event.revision,
    row.state.status,
    recordedAt,
    actor?.accountId ?? null,
    actor?.organisationId ?? null,
    actor?.role ?? null,
    reason,
    JSON.stringify(changed),
    JSON.stringify(previous),
  );
  rows.put(id, { ...row, revision: event.revision, lastPosition: event.position.commit });
  statement(db, 'DELETE FROM recommendation_themes WHERE recommendation_id = ?').run(id);
  statement(db, 'DELETE FROM recommendation_regions WHERE recommendation_id = ?').run(id);
  replaceTags(db, id, row.state);
}

function replaceTags(db: Database.Database, id: string, state: RecommendationState): void {
  const theme = statement(db, 'INSERT OR IGNORE INTO recommendation_themes (recommendation_id, theme) VALUES (?, ?)');
  for (const t of state.themes) theme.run(id, t);
  const region = statement(db, 'INSERT OR IGNORE INTO recommendation_regions (recommendation_id, region) VALUES (?, ?)');
  for (const r of state.targetRegions) region.run(id, r);
  statement(db, 'DELETE FROM recommendation_tags WHERE recommendation_id = ?').run(id);
  const tag = statement(db, 'INSERT OR IGNORE INTO recommendation_tags (recommendation_id, vocabulary, code) VALUES (?, ?, ?)');
  for (const vocabulary of OTHER_TAGS) for (const code of state[vocabulary] ?? []) tag.run(id, vocabulary, code);
}

/** The vocabularies other than themes and regions, each in recommendation_tags under its name. */
const OTHER_TAGS = ['sdgTargets', 'cedawAreas', 'mechanisms'] as const;

function historyRowOf(event: RecordedEvent, before: RecommendationState, after: RecommendationState): AddedRow {
  const metadata = metadataOf(event);
  const data = event.data as { evidence?: unknown[]; percentComplete?: number | null };
  return {
    position: event.position.commit,
    revision: Number(event.revision),
    type: event.type,
    statusBefore: before.status,
    status: after.status,
    responsibleId: after.responsibleOrganisationId,
    dueDate: after.dueDate,
    effectiveAt: metadata.effectiveAt,
    recordedAt: metadata.recordedAt,
    actorAccountId: metadata.actor?.accountId ?? null,
    actorOrganisationId: metadata.actor?.organisationId ?? null,
    actorRole: metadata.actor?.role ?? null,
    note: noteOf(event),
    evidence: JSON.stringify(data.evidence ?? []),
    percentComplete: data.percentComplete ?? null,
    supersededAt: null,
    supersededPosition: null,
    correctsPosition: null,
  };
}

function insertHistory(db: Database.Database, id: string, row: AddedRow): void {
  statement(
    db,
    `INSERT OR IGNORE INTO recommendation_history (position, recommendation_id, revision, event_type, status_before, status_after,
       responsible_id, due_date, effective_at, recorded_at, actor_account_id, actor_organisation_id, actor_role, note, evidence, percent_complete,
       superseded_at, superseded_position, corrects_position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.position,
    id,
    row.revision,
    row.type,
    row.statusBefore,
    row.status,
    row.responsibleId,
    row.dueDate,
    row.effectiveAt,
    row.recordedAt,
    row.actorAccountId,
    row.actorOrganisationId,
    row.actorRole,
    row.note,
    row.evidence,
    row.percentComplete,
    row.supersededAt,
    row.supersededPosition,
    row.correctsPosition,
  );
}

/** Every version of a donor's framework is kept, so a report regenerated at an old position uses the targets of then. */
function applyReportingFrameworkEvent(db: Database.Database, event: RecordedEvent, donorId: string): void {
  const row = statement(db, 'SELECT state, position FROM reporting_frameworks WHERE donor_id = ? ORDER BY position DESC LIMIT 1').get(donorId) as
    { state: string; position: bigint } | undefined;
  if (row && row.position >= event.position.commit) return;
  const before = row ? (JSON.parse(row.state) as ReportingFrameworkState) : reportingFrameworkDecider.initialState;
  const state = reportingFrameworkDecider.evolve(before, event as unknown as ReportingFrameworkEvent);
  statement(db, 'INSERT INTO reporting_frameworks (donor_id, position, state) VALUES (?, ?, ?)').run(donorId, event.position.commit, JSON.stringify(state));
}

type Handler = (db: Database.Database, event: RecordedEvent, id: string, rows: RecommendationRows) => void;

const HANDLERS: [string, Handler][] = [
  ['reporting-framework-', applyReportingFrameworkEvent],
  ['organisation-', applyOrganisationEvent],
  ['forum-', applyForumEvent],
  ['recommendation-', applyRecommendationEvent],
];

function applyEvents(db: Database.Database, events: RecordedEvent[], rows: RecommendationRows): void {
  for (const event of events) {
    const handler = HANDLERS.find(([prefix]) => event.streamId.startsWith(prefix));
    handler?.[1](db, event, event.streamId.slice(handler[0].length), rows);
  }
}

function applyBatch(db: Database.Database, events: RecordedEvent[]): void {
  const rows = new RecommendationRows(db);
  applyEvents(db, events, rows);
  rows.write();
}

/** Rows written per turn of the event loop at the end of a rebuild. */
const ROWS_PER_CHUNK = 200;

/** A rebuild keeps every recommendation's row in memory from the first event to the last, and writes each once. */
function rebuildInMemory(db: Database.Database): RebuildSession {
  const rows = new RecommendationRows(db, true);
  return { apply: (events) => applyEvents(db, events, rows), finish: () => rows.writeInChunks(ROWS_PER_CHUNK) };
}

export const trackerProjection: Projection = {
  name: 'tracker',
  version: 7,
  streamPrefixes: HANDLERS.map(([prefix]) => prefix),
  createTables: createTrackerTables,
  createIndexes: createTrackerIndexes,
  apply: (db, event) => applyBatch(db, [event]),
  applyBatch,
  rebuildInMemory,
};
