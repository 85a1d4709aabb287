import fc from 'fast-check';
import { daysUntil, remindersOn } from './reminder-rules';

const DUE = '2025-06-30';
const dayAt = (offset: number) => new Date(Date.parse(`${DUE}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/** Every stage the rules name on each day from `from` to `to` days around the due date, once each. */
function stagesBetween(from: number, to: number, daysBefore: number[], escalateAfterDays: number): string[] {
  const seen = new Set<string>();
  for (let offset = from; offset <= to; offset++) {
    for (const reminder of remindersOn(dayAt(offset), DUE, { daysBefore, escalateAfterDays })) seen.add(`${reminder.kind}:${reminder.stage}`);
  }
  return [...seen];
}

describe('reminder rules', () => {
  it('counts days across a month end and a leap day', () => {
    expect(daysUntil('2025-07-01', '2025-06-30')).toBe(1);
    expect(daysUntil('2024-03-01', '2024-02-28')).toBe(2);
    expect(daysUntil('2025-06-30', '2025-07-14')).toBe(-14);
  });

  it('a daily check from assignment to D days past sends each threshold still ahead once, ceil(D/7) overdue reminders and one escalation', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 40 }),
        (daysBefore, assignedDaysBefore, daysPast, escalateAfterDays) => {
          const stages = stagesBetween(-assignedDaysBefore, daysPast, daysBefore, escalateAfterDays);
          // by hand: a threshold counts unless, on the day of assignment, the next smaller one was already reached
          const sorted = [...daysBefore].sort((a, b) => a - b);
          // some day between assignment and due has days-left in (next smaller threshold, n]
          const expectedDueSoon = sorted.filter((_, i) => assignedDaysBefore > (i === 0 ? -1 : sorted[i - 1])).length;
          expect(stages.filter((s) => s.startsWith('due-soon')).length).toBe(expectedDueSoon);
          expect(stages.filter((s) => s.startsWith('overdue')).length).toBe(Math.ceil(daysPast / 7));
          expect(stages.filter((s) => s.startsWith('escalated')).length).toBe(daysPast >= escalateAfterDays ? 1 : 0);
        },
      ),
    );
  });
});
