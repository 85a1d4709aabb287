import type Database from 'better-sqlite3';
import type { RecommendationFilter, RecommendationListItem, RecommendationSort } from '../../../recommendations/queries/list-recommendations';
import { OPEN_STATUSES, knownUntil, snapshotAt } from './tracker.snapshot';

const SORT_COLUMNS: Record<RecommendationSort, string> = {
  dueDate: 's.due_date',
  proposedAt: 'r.proposed_at',
  lastChangedAt: 'r.last_changed_at',
  status: 's.status',
  priority: "CASE r.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END",
};

const OPEN = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

/** 1 when the last claim-related event known at the moment is a dispute (so the recommendation is back in progress). */
const LAST_CLAIM_DISPUTED = `s.status = 'in_progress' AND COALESCE((SELECT c.event_type = 'RecommendationImplementationDisputed' FROM recommendation_history c
  WHERE c.recommendation_id = r.id AND c.event_type IN ('RecommendationImplemented', 'RecommendationImplementationDisputed')
    AND c.recorded_at <= ? AND (c.superseded_at IS NULL OR c.superseded_at > ?)
  ORDER BY c.revision DESC LIMIT 1), 0)`;

function whereClauses(filter: RecommendationFilter, today: string): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    sql.push(clause);
    params.push(...values);
  };
  if (filter.forumId) add('r.forum_id = ?', filter.forumId);
  if (filter.donorId) add('r.forum_id IN (SELECT forum_id FROM forum_funders WHERE organisation_id = ?)', filter.donorId);
  if (filter.organisationId) add('s.responsible_id = ?', filter.organisationId);
  const statuses = filter.status === undefined ? [] : [filter.status].flat();
  if (statuses.length) add(`s.status IN (${statuses.map(() => '?').join(', ')})`, ...statuses);
  if (filter.theme) add('r.id IN (SELECT recommendation_id FROM recommendation_themes WHERE theme = ?)', filter.theme);
  const regions = filter.region === undefined ? [] : [filter.region].flat();
  if (regions.length) add(`r.id IN (SELECT recommendation_id FROM recommendation_regions WHERE region IN (${regions.map(() => '?').join(', ')}))`, ...regions);
  for (const [vocabulary, code] of [
    ['sdgTargets', filter.sdgTarget],
    ['cedawAreas', filter.cedawArea],
    ['mechanisms', filter.mechanism],
  ]) {
    if (code) add('r.id IN (SELECT recommendation_id FROM recommendation_tags WHERE vocabulary = ? AND code = ?)', vocabulary, code);
  }
  if (filter.overdue !== undefined) add(`(s.status IN (${OPEN}) AND s.due_date < ?) = ?`, today, filter.overdue ? 1 : 0);
  if (filter.disputed !== undefined) add(`(${LAST_CLAIM_DISPUTED}) = ?`, knownUntil(filter.asOf), knownUntil(filter.asOf), filter.disputed ? 1 : 0);
  if (filter.q) add('instr(r.search_text, ?) > 0', filter.q.toLocaleLowerCase());
  return { sql, params };
}

/** Recommendations filtered, sorted and paginated; status-based filters apply as of `asOf` when given. */
export function listRecommendations(db: Database.Database, filter: RecommendationFilter) {
  const snapshot = snapshotAt(filter.asOf);
  const where = whereClauses(filter, snapshot.today);
  const from = `WITH ${snapshot.cte}
    SELECT %COLUMNS% FROM snapshot s JOIN recommendations r ON r.id = s.recommendation_id
    JOIN forums f ON f.id = r.forum_id LEFT JOIN organisations o ON o.id = s.responsible_id
    ${where.sql.length ? `WHERE ${where.sql.join(' AND ')}` : ''}`;
  const params = [...snapshot.params, ...where.params];
  const total = Number((db.prepare(from.replace('%COLUMNS%', 'count(*) AS n')).get(...params) as { n: bigint }).n);
  const pageParams = [...snapshot.params, snapshot.today, snapshot.today, ...where.params];
  const direction = filter.order === 'desc' ? 'DESC' : 'ASC';
  const sort = SORT_COLUMNS[filter.sort ?? 'proposedAt'];
  const columns = `r.id, r.forum_id, f.title AS forum_title, r.text, r.priority, s.status, s.responsible_id, o.name AS responsible_name,
    s.due_date, r.proposed_at, r.last_changed_at, r.percent_complete,
    CASE WHEN s.status IN (${OPEN}) AND s.due_date < ? THEN CAST(julianday(?) - julianday(s.due_date) AS INTEGER) ELSE 0 END AS days_overdue,
    (SELECT json_group_array(theme) FROM recommendation_themes WHERE recommendation_id = r.id) AS themes,
    (SELECT json_group_array(region) FROM recommendation_regions WHERE recommendation_id = r.id) AS regions,
    (SELECT json_group_object(vocabulary, codes) FROM (SELECT vocabulary, json_group_array(code) AS codes FROM recommendation_tags
      WHERE recommendation_id = r.id GROUP BY vocabulary)) AS tags,
    json_extract(r.state, '$.targetCountry') AS target_country, json_extract(r.state, '$.madeBy') AS made_by`;
  const rows = db
    .prepare(`${from.replace('%COLUMNS%', columns)} ORDER BY ${sort} ${direction} NULLS LAST, r.id LIMIT ? OFFSET ?`)
    .all(...pageParams, filter.pageSize, (filter.page - 1) * filter.pageSize) as Record<string, unknown>[];
  return { items: rows.map(toItem), total, page: filter.page, pageSize: filter.pageSize };
}

function toItem(row: Record<string, unknown>): RecommendationListItem {
  const daysOverdue = Number(row.days_overdue);
  const tags = JSON.parse((row.tags as string | null) ?? '{}') as Record<string, string[] | string>;
  const codes = (vocabulary: string): string[] => (typeof tags[vocabulary] === 'string' ? JSON.parse(tags[vocabulary]) : (tags[vocabulary] ?? [])).sort();
  return {
    id: row.id as string,
    forumId: row.forum_id as string,
    forumTitle: row.forum_title as string,
    text: row.text as string,
    priority: row.priority as string,
    status: row.status as string,
    responsibleOrganisationId: (row.responsible_id as string) ?? null,
    responsibleOrganisationName: (row.responsible_name as string) ?? null,
    dueDate: (row.due_date as string) ?? null,
    overdue: daysOverdue > 0,
    daysOverdue,
    proposedAt: row.proposed_at as string,
    lastChangedAt: row.last_changed_at as string,
    percentComplete: row.percent_complete === null ? null : Number(row.percent_complete),
    themes: JSON.parse(row.themes as string).sort(),
    targetRegions: JSON.parse(row.regions as string).sort(),
    targetCountry: (row.target_country as string) ?? null,
    madeBy: (row.made_by as string) ?? null,
    sdgTargets: codes('sdgTargets'),
    cedawAreas: codes('cedawAreas'),
    mechanisms: codes('mechanisms'),
  };
}
