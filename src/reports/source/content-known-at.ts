import { ContentCorrection, RecommendationRecord } from './report-source';

const FIELD_OF: Record<string, keyof RecommendationRecord> = {
  text: 'text',
  themes: 'themes',
  priority: 'priority',
  targetRegions: 'regions',
  targetCountry: 'targetCountry',
  madeBy: 'madeBy',
};

/** The record with the given corrections undone, the latest first: each puts back what the field was before it. */
export function undoCorrections(record: RecommendationRecord, undone: ContentCorrection[]): RecommendationRecord {
  let content = record;
  for (const correction of [...undone].sort((a, b) => (a.position < b.position ? 1 : -1))) {
    const restored = Object.entries(correction.previous)
      .filter(([field]) => FIELD_OF[field])
      .map(([field, value]) => [FIELD_OF[field], value]);
    content = { ...content, ...Object.fromEntries(restored) };
  }
  return content;
}

/** The recommendation's text, themes, priority and targets as known at `asOf`: a correction recorded after it had not been made yet. */
export function contentKnownAt(record: RecommendationRecord, asOf: string): RecommendationRecord {
  const later = record.corrections.filter((correction) => correction.recordedAt > asOf);
  if (later.length === 0) return record;
  return { ...undoCorrections(record, later), corrections: record.corrections.filter((correction) => correction.recordedAt <= asOf) };
}
