import type Database from 'better-sqlite3';

/** A donor named on the command line by id, by name, or by an abbreviation in its name such as INL or EU. */
export function findDonor(db: Database.Database, named: string): { id: string; name: string } {
  const donors = db.prepare("SELECT id, name FROM organisations WHERE kind = 'donor' ORDER BY name").safeIntegers(false).all() as {
    id: string;
    name: string;
  }[];
  const wanted = named.toLocaleLowerCase();
  const byId = donors.find((d) => d.id === named);
  if (byId) return byId;
  const byName = donors.filter((d) => d.name.toLocaleLowerCase() === wanted);
  const word = new RegExp(`(^|[^\\p{L}])${named.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');
  const matches = byName.length > 0 ? byName : donors.filter((d) => word.test(d.name) || initialsOf(d.name) === named.toUpperCase());
  if (matches.length === 1) return matches[0];
  const known = donors.map((d) => `  ${d.id}  ${d.name}`).join('\n');
  if (matches.length === 0) throw new Error(`no donor matches "${named}"; donors:\n${known}`);
  throw new Error(`"${named}" matches several donors; name one by id:\n${matches.map((d) => `  ${d.id}  ${d.name}`).join('\n')}`);
}

/** "European Union — Spotlight Initiative" → "EU": the capitals of the name before any dash, comma or bracket. */
function initialsOf(name: string): string {
  const lead = name.split(/[—–,(]/)[0];
  return lead
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
