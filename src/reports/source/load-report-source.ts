import type Database from 'better-sqlite3';
import { ReportingFrameworkState } from '../../reporting-framework/reporting-framework.decider';
import { undoCorrections } from './content-known-at';
import { HistoryWindow, WHOLE_HISTORY, historyWindowOf } from './history-window';
import { ContentCorrection, ForumRecord, HistoryRow, LoadProgress, OrganisationRecord, RecommendationRecord, ReportScope, ReportSource } from './report-source';

const PROGRESS_EVERY = 5_000;

interface DataPosition {
  text: string | null;
  commit: bigint;
}

/**
 * Reads what a report needs in one synchronous pass, so the projection cannot move in between: the
 * read model's checkpoint, then only history at or before it (or before `atPosition`, to regenerate an
 * earlier report). Given the `period` of a donor report, only the history it can read (see history-window.ts).
 */
export function loadReportSource(db: Database.Database, scope: ReportScope, atPosition?: string, onProgress?: LoadProgress, period?: string): ReportSource {
  const position = dataPosition(db, atPosition);
  const framework = scope.donorId ? loadFramework(db, scope.donorId, position.commit) : null;
  const window = period === undefined ? WHOLE_HISTORY : historyWindowOf(period, framework);
  const recommendations = loadRecommendations(db, scope, position.commit, window, onProgress);
  return {
    position: position.text,
    organisations: loadOrganisations(db),
    forums: loadForums(db, scope, recommendations),
    recommendations,
    framework,
  };
}

function dataPosition(db: Database.Database, atPosition?: string): DataPosition {
  const row = db.prepare('SELECT commit_position, prepare_position FROM projection_state WHERE id = 1').safeIntegers(true).get() as
    { commit_position: bigint | null; prepare_position: bigint | null } | undefined;
  if (!row || row.commit_position === null) return { text: null, commit: -1n };
  const current = { text: `${row.commit_position}/${row.prepare_position}`, commit: row.commit_position };
  if (!atPosition) return current;
  // The read model has been waited for until it reached `atPosition` (ReportSources.open); its own checkpoint may stay
  // before it when the events since concern other read models, and the report is then the same at either: it names the
  // position asked for, so that asking again for the same position gives the same bytes whatever was appended since.
  return { text: atPosition, commit: BigInt(atPosition.split('/')[0]) };
}

function scopeCondition(scope: ReportScope): { sql: string; params: string[] } {
  if (scope.recommendationId) return { sql: 'r.id = ?', params: [scope.recommendationId] };
  if (scope.forumId) return { sql: 'r.forum_id = ?', params: [scope.forumId] };
  if (scope.donorId) return { sql: 'r.forum_id IN (SELECT forum_id FROM forum_funders WHERE organisation_id = ?)', params: [scope.donorId] };
  if (scope.organisationId) {
    return { sql: 'r.id IN (SELECT DISTINCT recommendation_id FROM recommendation_history WHERE responsible_id = ?)', params: [scope.organisationId] };
  }
  return { sql: '1 = 1', params: [] };
}

function loadRecommendations(
  db: Database.Database,
  scope: ReportScope,
  maxCommit: bigint,
  window: HistoryWindow,
  onProgress?: LoadProgress,
): RecommendationRecord[] {
  const where = scopeCondition(scope);
  const records = new Map<string, RecommendationRecord>();
  const base = db
    .prepare(
      `SELECT r.id, r.forum_id, r.text, r.priority, json_extract(r.state, '$.targetCountry') AS target_country,
         json_extract(r.state, '$.madeBy') AS made_by FROM recommendations r WHERE ${where.sql} ORDER BY r.id`,
    )
    .safeIntegers(false)
    .all(...where.params) as { id: string; forum_id: string; text: string; priority: string | null; target_country: string | null; made_by: string | null }[];
  for (const r of base) {
    const content = { text: r.text, priority: r.priority, targetCountry: r.target_country, madeBy: r.made_by, themes: [], regions: [] };
    records.set(r.id, { id: r.id, forumId: r.forum_id, ...content, history: [], corrections: [] });
  }
  attachTags(db, where, records);
  attachHistory(db, where, maxCommit, window, records, onProgress);
  const corrections = correctionsOf(db, where);
  return [...records.values()].filter((r) => r.history.length > 0).map((record) => withCorrectionsUpTo(record, corrections.get(record.id), maxCommit));
}

type CorrectionRow = Record<string, string | null> & { position: bigint };

/** The content corrections of the recommendations in scope, by recommendation, in the order recorded: one query for them all. */
function correctionsOf(db: Database.Database, where: { sql: string; params: string[] }): Map<string, CorrectionRow[]> {
  const rows = db
    .prepare(
      `SELECT c.* FROM recommendation_corrections c WHERE c.recommendation_id IN (SELECT r.id FROM recommendations r WHERE ${where.sql}) ORDER BY c.position`,
    )
    .safeIntegers(true)
    .all(...where.params) as CorrectionRow[];
  const byRecommendation = new Map<string, CorrectionRow[]>();
  for (const row of rows) {
    const own = byRecommendation.get(row.recommendation_id as string);
    if (own) own.push(row);
    else byRecommendation.set(row.recommendation_id as string, [row]);
  }
  return byRecommendation;
}

/** The read model holds the content as corrected now: a correction after the data position is undone, as if not made yet. */
function withCorrectionsUpTo(record: RecommendationRecord, rows: CorrectionRow[] | undefined, maxCommit: bigint): RecommendationRecord {
  if (!rows) return record;
  const all: ContentCorrection[] = rows.map((row) => ({
    position: row.position,
    recordedAt: row.recorded_at as string,
    status: row.status as string,
    actor: { accountId: row.actor_account_id, organisationId: row.actor_organisation_id, role: row.actor_role },
    reason: row.reason as string,
    changed: JSON.parse(row.changed as string),
    previous: JSON.parse(row.previous as string),
  }));
  const made = all.filter((correction) => correction.position <= maxCommit);
  return {
    ...undoCorrections(
      record,
      all.filter((correction) => correction.position > maxCommit),
    ),
    corrections: made,
  };
}

function attachTags(db: Database.Database, where: { sql: string; params: string[] }, records: Map<string, RecommendationRecord>): void {
  for (const [table, column, field] of [
    ['recommendation_themes', 'theme', 'themes'],
    ['recommendation_regions', 'region', 'regions'],
  ] as const) {
    const rows = db
      .prepare(
        `SELECT t.recommendation_id AS id, t.${column} AS tag FROM ${table} t JOIN recommendations r ON r.id = t.recommendation_id WHERE ${where.sql} ORDER BY t.rowid`,
      )
      .safeIntegers(false)
      .all(...where.params) as { id: string; tag: string }[];
    for (const row of rows) records.get(row.id)?.[field].push(row.tag);
  }
}

/**
 * The columns in the order of the recommendation_history table; those only a shown transition needs are read for the
 * window's rows alone (the driver's making of each cell's string is most of a load's cost).
 */
const HISTORY_COLUMNS = `h.position, h.recommendation_id, h.revision, h.event_type, CASE WHEN h.effective_at >= @shownFrom THEN h.status_before END,
  h.status_after, h.responsible_id, h.due_date, h.effective_at, h.recorded_at,
  CASE WHEN h.effective_at >= @shownFrom THEN h.actor_account_id END, CASE WHEN h.effective_at >= @shownFrom THEN h.actor_organisation_id END,
  CASE WHEN h.effective_at >= @shownFrom THEN h.actor_role END, h.note, CASE WHEN h.effective_at >= @shownFrom THEN h.evidence END,
  h.percent_complete, h.superseded_at, h.superseded_position, h.corrects_position`;

/**
 * One query, walking the history's key: each recommendation's rows lie together, in the order recorded, so there is
 * no sort of the portfolio's history; progress is counted by recommendation.
 */
function attachHistory(
  db: Database.Database,
  where: { sql: string; params: string[] },
  maxCommit: bigint,
  window: HistoryWindow,
  records: Map<string, RecommendationRecord>,
  onProgress?: LoadProgress,
): void {
  const rows = db
    .prepare(
      `SELECT ${HISTORY_COLUMNS} FROM recommendation_history h
       WHERE h.recommendation_id IN (SELECT r.id FROM recommendations r WHERE ${where.sql}) AND h.position <= @maxCommit AND h.effective_at <= @readUntil
       ORDER BY h.recommendation_id, h.position`,
    )
    .raw(true)
    .safeIntegers(true);
  let loaded = 0;
  let current: RecommendationRecord | undefined;
  const bounds = { maxCommit, shownFrom: window.shownFrom, readUntil: window.readUntil };
  for (const row of rows.iterate(...where.params, bounds) as Iterable<unknown[]>) {
    if (current?.id !== row[1]) {
      current = records.get(row[1] as string);
      loaded += 1;
      if (onProgress && loaded % PROGRESS_EVERY === 0) onProgress(loaded, records.size);
    }
    current?.history.push(toHistoryRow(row, maxCommit));
  }
  onProgress?.(records.size, records.size);
}

/** What a row before the window carries instead of its actor and evidence (never shown): one of each, not one per row. */
const ACTOR_NOT_READ: HistoryRow['actor'] = Object.freeze({ accountId: null, organisationId: null, role: null });
const EVIDENCE_NOT_READ = Object.freeze([]) as unknown as HistoryRow['evidence'];

/** A correction after the data position has not happened yet; a row before the window has no from (null), actor or evidence read. */
function toHistoryRow(row: unknown[], maxCommit: bigint): HistoryRow {
  const [
    position,
    ,
    revision,
    type,
    from,
    to,
    responsibleId,
    dueDate,
    effectiveAt,
    recordedAt,
    accountId,
    organisationId,
    role,
    note,
    evidence,
    percent,
    supersededAt,
    supersededPosition,
    correctsPosition,
  ] = row as [
    bigint,
    string,
    bigint,
    string,
    string,
    string,
    string | null,
    string | null,
    string,
    string,
    string | null,
    string | null,
    string | null,
    string | null,
    string | null,
    bigint | null,
    string | null,
    bigint | null,
    bigint | null,
  ];
  return {
    position: correctsPosition ?? position,
    revision: Number(revision),
    supersededAt: supersededPosition !== null && supersededPosition <= maxCommit ? supersededAt : null,
    type,
    from,
    to,
    responsibleId,
    dueDate,
    effectiveAt,
    recordedAt,
    actor: from === null ? ACTOR_NOT_READ : { accountId, organisationId, role },
    note,
    evidence: from === null ? EVIDENCE_NOT_READ : evidence === '[]' ? [] : JSON.parse(evidence as string),
    percentComplete: percent === null ? null : Number(percent),
  };
}

function loadOrganisations(db: Database.Database): Map<string, OrganisationRecord> {
  const rows = db.prepare('SELECT id, name, kind FROM organisations').safeIntegers(false).all() as { id: string; name: string; kind: string | null }[];
  return new Map(rows.map((r) => [r.id, { name: r.name, kind: r.kind }]));
}

function loadForums(db: Database.Database, scope: ReportScope, recommendations: RecommendationRecord[]): ForumRecord[] {
  const forumIds = new Set(recommendations.map((r) => r.forumId));
  if (scope.forumId) forumIds.add(scope.forumId);
  if (scope.donorId) {
    const funded = db.prepare('SELECT forum_id FROM forum_funders WHERE organisation_id = ?').safeIntegers(false).all(scope.donorId) as { forum_id: string }[];
    for (const f of funded) forumIds.add(f.forum_id);
  }
  const funders = db.prepare('SELECT organisation_id FROM forum_funders WHERE forum_id = ? ORDER BY organisation_id').safeIntegers(false).pluck();
  const forum = db.prepare('SELECT * FROM forums WHERE id = ?').safeIntegers(false);
  return [...forumIds]
    .map((id) => forum.get(id) as Record<string, string | number | null> | undefined)
    .filter((row): row is Record<string, string | number | null> => row !== undefined)
    .map((row) => ({
      id: row.id as string,
      title: row.title as string,
      kind: row.kind as string,
      startDate: row.start_date as string,
      endDate: row.end_date as string | null,
      country: row.country as string | null,
      region: row.region as string | null,
      programme: row.programme as string | null,
      participants: row.participants as number | null,
      funders: funders.all(row.id) as string[],
      ...precisionAndCountries(row.state as string),
    }))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
}

function precisionAndCountries(state: string): Pick<ForumRecord, 'datePrecision' | 'countriesVisited'> {
  const { datePrecision, countriesVisited } = JSON.parse(state) as Partial<ForumRecord>;
  return { datePrecision: datePrecision ?? 'day', countriesVisited: countriesVisited ?? [] };
}

function loadFramework(db: Database.Database, donorId: string, maxCommit: bigint): ReportingFrameworkState | null {
  const row = db
    .prepare('SELECT state FROM reporting_frameworks WHERE donor_id = ? AND position <= ? ORDER BY position DESC LIMIT 1')
    .safeIntegers(false)
    .get(donorId, maxCommit) as { state: string } | undefined;
  return row ? (JSON.parse(row.state) as ReportingFrameworkState) : null;
}
