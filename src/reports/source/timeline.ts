import { percentCompleteOf } from '../../recommendations/recommendation.state';
import { HistoryRow } from './report-source';

/**
 * A recommendation's history read bitemporally: `asOf` is what had been recorded by then (knowledge
 * time); moments within it are when things happened in the world (effective time).
 */
export interface Standing {
  status: string;
  responsibleId: string | null;
  dueDate: string | null;
  proposedAt: string;
  /** When the implementation claim that stands took effect (implemented or verified only). */
  implementedAt: string | null;
  /** The summary of the claim that stands. */
  implementationSummary: string | null;
  /** % complete by its one definition (percentCompleteOf). */
  percentComplete: number | null;
  /** The last percent reported since the last dispute. */
  reportedPercent: number | null;
  /** The last reason, note or summary given, with when. */
  lastNote: { note: string; effectiveAt: string } | null;
}

const OPEN = new Set(['assigned', 'accepted', 'in_progress']);
const DONE = new Set(['implemented', 'verified']);

export const isOpen = (status: string) => OPEN.has(status);
export const isDone = (status: string) => DONE.has(status);

/** The history known at `asOf` (effective times as corrected by then), in the order things happened (ties by the order recorded). */
export function knownAt(history: HistoryRow[], asOf: string): HistoryRow[] {
  return history
    .filter((row) => row.recordedAt <= asOf && (row.supersededAt === null || row.supersededAt > asOf))
    .sort((a, b) => (a.effectiveAt < b.effectiveAt ? -1 : a.effectiveAt > b.effectiveAt ? 1 : a.revision - b.revision));
}

/** Where the recommendation stood at `moment` (inclusive); null when it had not been proposed yet. */
export function standingAt(known: HistoryRow[], moment: string): Standing | null {
  let standing: Standing | null = null;
  for (const row of known) {
    if (row.effectiveAt > moment) break;
    standing = step(standing, row);
  }
  return standing;
}

/** Where it stood just before `moment` (exclusive): the state at the start of a period. */
export function standingBefore(known: HistoryRow[], moment: string): Standing | null {
  let standing: Standing | null = null;
  for (const row of known) {
    if (row.effectiveAt >= moment) break;
    standing = step(standing, row);
  }
  return standing;
}

/**
 * In one walk: where it stood just before `start`, where it stood at `end` (inclusive) and what happened in between,
 * as standingBefore, standingAt and transitionsWithin would each say (`end` before `start` reads nothing in between).
 */
export function periodOf(known: HistoryRow[], start: string, end: string): { start: Standing | null; end: Standing | null; transitions: HistoryRow[] } {
  if (end < start) return { start: standingBefore(known, start), end: standingAt(known, end), transitions: [] };
  let before: Standing | null = null;
  let standing: Standing | null = null;
  const transitions: HistoryRow[] = [];
  for (const row of known) {
    if (row.effectiveAt > end) break;
    standing = step(standing, row);
    if (row.effectiveAt < start) before = standing;
    else transitions.push(row);
  }
  return { start: before, end: standing, transitions };
}

function step(previous: Standing | null, row: HistoryRow): Standing {
  const claimed = row.type === 'RecommendationImplemented';
  const stands = isDone(row.to);
  const reportedPercent = row.type === 'RecommendationImplementationDisputed' ? null : (row.percentComplete ?? previous?.reportedPercent ?? null);
  return {
    status: row.to,
    responsibleId: row.responsibleId,
    dueDate: row.dueDate,
    proposedAt: previous?.proposedAt ?? row.effectiveAt,
    implementedAt: claimed ? row.effectiveAt : stands ? (previous?.implementedAt ?? null) : null,
    implementationSummary: claimed ? row.note : stands ? (previous?.implementationSummary ?? null) : null,
    percentComplete: percentCompleteOf(row.to, reportedPercent),
    reportedPercent,
    lastNote: row.note ? { note: row.note, effectiveAt: row.effectiveAt } : (previous?.lastNote ?? null),
  };
}

/** The implementation claim that stands at the end took effect within [from, to]: an implementation in that period. */
export function implementedWithin(standing: Standing, from: string, to: string): boolean {
  return standing.implementedAt !== null && standing.implementedAt >= from && standing.implementedAt <= to;
}

/** Transitions that happened within [from, to] (effective time), as known at the report's `asOf`. */
export function transitionsWithin(known: HistoryRow[], from: string, to: string): HistoryRow[] {
  return known.filter((row) => row.effectiveAt >= from && row.effectiveAt <= to);
}

export function isOverdueAt(standing: Standing, day: string): boolean {
  return isOpen(standing.status) && standing.dueDate !== null && standing.dueDate < day;
}
