import { NotificationKind } from './notification-kinds';

export interface ReminderSettings {
  /** e.g. [14, 3]. */
  daysBefore: number[];
  escalateAfterDays: number;
}

export interface Reminder {
  kind: NotificationKind;
  /** Days left (due-soon) or days past the due date (overdue, escalated). */
  days: number;
  /** Part of the occasion's key: one reminder per stage and due date. */
  stage: string;
}

const DAY_MS = 86_400_000;

/** Whole days from `today` to `dueDate` (both YYYY-MM-DD, read as UTC days): negative once it is past. */
export function daysUntil(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/**
 * The reminders that stand on `today` for an open recommendation due on `dueDate`:
 * - due soon: the nearest threshold not yet passed (due in 2 days with thresholds 14 and 3 is the "3" reminder;
 *   the 14 one is not sent late), on the due day as well;
 * - overdue: on the first day past, then every 7 days;
 * - escalated (to coordinators): once, when `escalateAfterDays` have passed.
 */
export function remindersOn(today: string, dueDate: string, settings: ReminderSettings): Reminder[] {
  const left = daysUntil(dueDate, today);
  if (left >= 0) {
    const threshold = [...settings.daysBefore].sort((a, b) => a - b).find((n) => left <= n);
    return threshold === undefined ? [] : [{ kind: 'due-soon', days: left, stage: `${dueDate}:${threshold}` }];
  }
  const over = -left;
  const week = Math.floor((over - 1) / 7);
  const reminders: Reminder[] = [{ kind: 'overdue', days: over, stage: `${dueDate}:week-${week}` }];
  if (over >= settings.escalateAfterDays) reminders.push({ kind: 'escalated', days: over, stage: `${dueDate}` });
  return reminders;
}
