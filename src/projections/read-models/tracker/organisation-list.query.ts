import type Database from 'better-sqlite3';
import type { OrganisationFilter, OrganisationListItem } from '../../../organisations/queries/list-organisations';

/**
 * Registered organisations by name: for choosing a responsible organisation, a funder, an account's organisation.
 * Names are searched in JavaScript because SQLite's lower() knows only ASCII, and names are in Cyrillic too.
 */
export function listOrganisations(db: Database.Database, filter: OrganisationFilter) {
  const active = filter.active === undefined ? null : filter.active ? 1 : 0;
  const rows = db
    .prepare(
      `SELECT id, name, kind, country, region, active FROM organisations
       WHERE (? IS NULL OR kind = ?) AND (? IS NULL OR active = ?) ORDER BY name COLLATE NOCASE, id`,
    )
    .all(filter.kind ?? null, filter.kind ?? null, active, active) as Record<string, unknown>[];
  const q = filter.q?.toLocaleLowerCase();
  const matching = q ? rows.filter((r) => (r.name as string).toLocaleLowerCase().includes(q)) : rows;
  const items: OrganisationListItem[] = matching.slice((filter.page - 1) * filter.pageSize, filter.page * filter.pageSize).map((r) => ({
    id: r.id as string,
    name: r.name as string,
    kind: r.kind as string,
    country: r.country as string,
    region: (r.region as string) ?? null,
    active: Number(r.active) === 1,
  }));
  return { items, total: matching.length, page: filter.page, pageSize: filter.pageSize };
}
