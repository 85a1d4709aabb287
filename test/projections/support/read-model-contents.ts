import type Database from 'better-sqlite3';

/**
 * Every table's rows, each table in one order that does not depend on how the rows were written, and the indexes;
 * `withoutCheckpoint` leaves out the projection's own state (its checkpoint and counts), which differ by how it was built.
 */
export function readModelContents(db: Database.Database, { withoutCheckpoint = false, indexes = true } = {}): Record<string, unknown[]> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]).filter(
    (name) => !withoutCheckpoint || name !== 'projection_state',
  );
  const contents: Record<string, unknown[]> = {};
  for (const table of tables) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).map((c) => `"${c}"`);
    contents[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY ${columns.join(', ')}`).all();
  }
  if (indexes) contents['(indexes)'] = db.prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
  return contents;
}
