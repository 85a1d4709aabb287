import type Database from 'better-sqlite3';

/**
 * The tracker read model: organisations, forums and recommendations as they stand, and every
 * transition of every recommendation with its effective and recorded time, so that any past date
 * can be queried. `state` columns hold the aggregate's state as its decider's evolve left it.
 * A corrected effective time adds a row (at the correction's position, with the corrected time, pointing
 * at the row it `corrects_position`) and marks the old row `superseded_at` the correction's recorded time:
 * read as of before the correction, the history is as it was known then.
 * A corrected text, themes, priority or targets is a row of recommendation_corrections (what changed, from what):
 * `recommendations` holds the content as corrected, and undoing the corrections recorded after a date gives it as known then.
 * Tags are vocabulary codes (free text in events recorded before the vocabularies): themes and regions in tables of their own,
 * SDG targets, CEDAW areas and mechanisms in recommendation_tags under the vocabulary's name.
 * The history is stored by recommendation (its key is the recommendation, then the position): a report or an as-of query
 * reads each recommendation's rows from one or two pages, where stored in log order they lay scattered over the file.
 * recommendation_standings is the as-of answer prepared (standing-spans.ts): where each recommendation stood, asked at any
 * moment from known_from until known_until, kept by forum so that a portfolio as of a date is one pass over its forums' rows
 * (proposed_at is the recommendation's as corrected now, as the recommendations table has it); a recommendation's
 * `standing_basis` is what a later transition needs to extend its open span without reading its history (StandingBasis).
 */
export function createTrackerTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS organisations (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT, country TEXT, region TEXT,
      active INTEGER NOT NULL, state TEXT NOT NULL, last_position INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS forums (
      id TEXT PRIMARY KEY, title TEXT NOT NULL, kind TEXT, start_date TEXT, end_date TEXT,
      country TEXT, region TEXT, programme TEXT, participants INTEGER,
      state TEXT NOT NULL, last_position INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS forum_funders (
      forum_id TEXT NOT NULL, organisation_id TEXT NOT NULL, PRIMARY KEY (forum_id, organisation_id));
    CREATE TABLE IF NOT EXISTS recommendations (
      id TEXT PRIMARY KEY, forum_id TEXT NOT NULL, text TEXT NOT NULL, search_text TEXT NOT NULL,
      priority TEXT, status TEXT NOT NULL, responsible_id TEXT, due_date TEXT, percent_complete INTEGER,
      proposed_at TEXT NOT NULL, implemented_at TEXT, last_changed_at TEXT NOT NULL, last_note TEXT,
      revision INTEGER NOT NULL, state TEXT NOT NULL, last_position INTEGER NOT NULL, standing_basis TEXT);
    CREATE TABLE IF NOT EXISTS recommendation_themes (
      recommendation_id TEXT NOT NULL, theme TEXT NOT NULL, PRIMARY KEY (recommendation_id, theme));
    CREATE TABLE IF NOT EXISTS recommendation_regions (
      recommendation_id TEXT NOT NULL, region TEXT NOT NULL, PRIMARY KEY (recommendation_id, region));
    CREATE TABLE IF NOT EXISTS recommendation_tags (
      recommendation_id TEXT NOT NULL, vocabulary TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (recommendation_id, vocabulary, code));
    CREATE TABLE IF NOT EXISTS recommendation_history (
      position INTEGER NOT NULL, recommendation_id TEXT NOT NULL, revision INTEGER NOT NULL,
      event_type TEXT NOT NULL, status_before TEXT NOT NULL, status_after TEXT NOT NULL,
      responsible_id TEXT, due_date TEXT, effective_at TEXT NOT NULL, recorded_at TEXT NOT NULL,
      actor_account_id TEXT, actor_organisation_id TEXT, actor_role TEXT,
      note TEXT, evidence TEXT NOT NULL, percent_complete INTEGER,
      superseded_at TEXT, superseded_position INTEGER, corrects_position INTEGER,
      PRIMARY KEY (recommendation_id, position)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS recommendation_corrections (
      position INTEGER PRIMARY KEY, recommendation_id TEXT NOT NULL, revision INTEGER NOT NULL, status TEXT NOT NULL,
      recorded_at TEXT NOT NULL, actor_account_id TEXT, actor_organisation_id TEXT, actor_role TEXT,
      reason TEXT NOT NULL, changed TEXT NOT NULL, previous TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS recommendation_standings (
      forum_id TEXT NOT NULL, id TEXT NOT NULL, known_from TEXT NOT NULL, known_until TEXT, proposed_at TEXT NOT NULL,
      status TEXT NOT NULL, responsible_id TEXT, due_date TEXT, implemented_at TEXT,
      PRIMARY KEY (forum_id, id, known_from)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS reporting_frameworks (
      donor_id TEXT NOT NULL, position INTEGER NOT NULL, state TEXT NOT NULL, PRIMARY KEY (donor_id, position));
  `);
}

/**
 * The secondary indexes, made once the projection has caught up: a rebuild then appends rows without
 * keeping indexes in order at every batch (at 1M events that rewrote most index pages for each batch),
 * and SQLite builds each index in one sorted pass. `recommendations_by_forum` holds what a portfolio's scope and
 * its as-of standing read of each recommendation (id, proposed_at), so neither reads the wide rows.
 */
export function createTrackerIndexes(db: Database.Database): void {
  db.exec(`
    CREATE INDEX IF NOT EXISTS forum_funders_by_donor ON forum_funders (organisation_id);
    CREATE INDEX IF NOT EXISTS recommendations_by_forum ON recommendations (forum_id, id, proposed_at);
    CREATE INDEX IF NOT EXISTS recommendations_by_responsible ON recommendations (responsible_id, status);
    CREATE INDEX IF NOT EXISTS recommendations_by_status ON recommendations (status, due_date);
    CREATE INDEX IF NOT EXISTS themes_by_theme ON recommendation_themes (theme);
    CREATE INDEX IF NOT EXISTS regions_by_region ON recommendation_regions (region);
    CREATE INDEX IF NOT EXISTS tags_by_code ON recommendation_tags (vocabulary, code);
    CREATE INDEX IF NOT EXISTS history_by_recommendation ON recommendation_history (recommendation_id, effective_at, revision);
    CREATE INDEX IF NOT EXISTS history_by_time ON recommendation_history (effective_at);
    CREATE INDEX IF NOT EXISTS corrections_by_recommendation ON recommendation_corrections (recommendation_id, position);
  `);
}
