import fc from 'fast-check';

/** A random, valid-looking follow-up history for one forum, as a secretariat would enter it late. */

export const THEMES = ['legal-aid', 'awareness', 'education', 'shelters'];
export const REGIONS = ['TJ-KT', 'TJ-SU', 'TJ-DU'];

export type Move = 'next' | 'due-date' | 'withdraw' | 'retry' | 'correct';

export interface Step {
  recommendation: number;
  move: Move;
  /** Chooses among the natural next actions and the organisations. */
  pick: number;
  /** Days after the previous step of the same recommendation; negative is a step back in time. */
  gapDays: number;
  percent: number | null;
}

export interface Question {
  /** A range from the forum's start, or a label in the donor's own year. */
  kind: 'range' | 'year' | 'half' | 'quarter';
  fromOffset: number;
  lengthDays: number;
  part: number;
  asOfPick: number | null;
  positionPick: number | null;
}

export interface GeneratedHistory {
  /** The month the donor's fiscal year starts (its reporting profile). */
  fiscalYearStartMonth: number;
  forumStart: string;
  recommendations: { themes: string[]; regions: string[]; offsetDays: number }[];
  steps: Step[];
  questions: Question[];
}

const day = (start: string, offset: number) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

export const historyArbitrary: fc.Arbitrary<GeneratedHistory> = fc.record({
  fiscalYearStartMonth: fc.constantFrom(1, 4, 7, 10, 11),
  forumStart: fc.integer({ min: 0, max: 900 }).map((offset) => day('2023-01-01', offset)),
  recommendations: fc.array(
    fc.record({
      themes: fc.subarray(THEMES, { minLength: 1, maxLength: 2 }),
      regions: fc.subarray(REGIONS, { maxLength: 2 }),
      offsetDays: fc.integer({ min: 0, max: 20 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  steps: fc.array(
    fc.record({
      recommendation: fc.nat({ max: 3 }),
      move: fc.oneof(
        { weight: 12, arbitrary: fc.constant<Move>('next') },
        { weight: 1, arbitrary: fc.constant<Move>('due-date') },
        { weight: 1, arbitrary: fc.constant<Move>('withdraw') },
        { weight: 1, arbitrary: fc.constant<Move>('retry') },
        { weight: 1, arbitrary: fc.constant<Move>('correct') },
      ),
      pick: fc.nat({ max: 11 }),
      gapDays: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 120 }) }, { weight: 1, arbitrary: fc.integer({ min: -60, max: -1 }) }),
      percent: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 2 }),
    }),
    { minLength: 3, maxLength: 24 },
  ),
  questions: fc.array(
    fc.record({
      kind: fc.constantFrom<Question['kind']>('range', 'range', 'year', 'half', 'quarter'),
      part: fc.integer({ min: 1, max: 4 }),
      fromOffset: fc.integer({ min: -60, max: 700 }),
      lengthDays: fc.integer({ min: 0, max: 400 }),
      asOfPick: fc.option(fc.nat(), { freq: 2 }),
      positionPick: fc.option(fc.nat(), { freq: 3 }),
    }),
    { minLength: 1, maxLength: 2 },
  ),
});

/** The natural next actions from each status. */
export const NEXT: Record<string, string[]> = {
  proposed: ['assign'],
  assigned: ['accept', 'accept', 'decline', 'reassign', 'due-date'],
  accepted: ['progress', 'start', 'implemented'],
  in_progress: ['progress', 'implemented', 'implemented', 'reassign'],
  implemented: ['verify', 'dispute', 'dispute'],
  verified: [],
  withdrawn: [],
};

/** The status a successful action leaves (due-date changes leave it as it was). */
export const AFTER: Record<string, string | null> = {
  assign: 'assigned',
  accept: 'accepted',
  decline: 'proposed',
  start: 'in_progress',
  progress: 'in_progress',
  'due-date': null,
  reassign: 'assigned',
  implemented: 'implemented',
  verify: 'verified',
  dispute: 'in_progress',
  withdraw: 'withdrawn',
};

export { day };
