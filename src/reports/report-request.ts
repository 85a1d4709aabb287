/** The moment of knowledge: a date means the end of that day (UTC); no asOf means the end of today. */
export function resolveAsOf(asOf: string | undefined, now: Date = new Date()): string {
  const value = asOf ?? now.toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : new Date(value).toISOString();
}
