/** Lower case, without quotes, punctuation or repeated spaces: how two spellings of one name are compared. */
export function normalisedName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance, one row at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The edit distance over the longer name's length: 0 for the same name, 1 for nothing in common. */
export function normalisedDistance(a: string, b: string): number {
  const [x, y] = [normalisedName(a), normalisedName(b)];
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 0 : editDistance(x, y) / longer;
}

/** Up to `count` known names nearest to the one given, nearest first, leaving out those with little in common. */
export function nearestNames(name: string, known: readonly string[], count = 3, furthest = 0.6): string[] {
  return known
    .map((candidate) => ({ candidate, distance: normalisedDistance(name, candidate) }))
    .filter(({ distance }) => distance <= furthest)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
