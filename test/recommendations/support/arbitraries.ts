import fc from 'fast-check';
import { validBody } from './scenario';

export const ACTIONS = ['assign', 'accept', 'decline', 'start', 'progress', 'due-date', 'reassign', 'implemented', 'verify', 'dispute', 'withdraw'] as const;
export type Action = (typeof ACTIONS)[number];
/** 'responsible': the stakeholder of the organisation responsible at the time the step runs. */
export const WHO = ['coordinator', 'responsible', 'committee', 'legalAid', 'donor', 'otherDonor', 'viewer', 'anonymous'] as const;
export type Who = (typeof WHO)[number];

export interface Step {
  /** 'next': a natural next action for the status at the time the step runs, with a valid body. */
  action: Action | 'next';
  /** Chooses among the natural next actions and organisations of a 'next' step. */
  pick: number;
  who: Who;
  body: unknown;
  ifMatch: string | null;
  key: 'none' | 'fresh' | 'reuse' | 'invalid';
}

/** Dates around the forum (2024-05-10): mostly fine, sometimes before it, impossible, or not dates at all. */
const date = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('2024-05-10', '2025-06-30', '2025-12-31', '2026-03-31') },
  { weight: 1, arbitrary: fc.constantFrom('2024-05-09', '2026-02-29', '31.12.2025', '') },
);
/** Effective times: mostly none; sometimes back-dated, before the forum, in the future or not a time. */
const effectiveAt = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2024-05-10T08:00:00+05:00', '2024-11-01T09:00:00Z', '2024-05-09T12:00:00Z', '2999-01-01T00:00:00Z', 'yesterday'),
  },
);

function bodyFor(action: Action, organisations: string[]): fc.Arbitrary<object> {
  const organisation = fc.constantFrom(...organisations);
  switch (action) {
    case 'assign':
    case 'reassign':
      return fc.tuple(organisation, date).map(([id, dueDate]) => ({ ...validBody[action](id), dueDate }));
    case 'due-date':
      return date.map((dueDate) => validBody['due-date'](dueDate));
    case 'progress':
      return fc
        .tuple(fc.string({ minLength: 3, maxLength: 40 }), fc.option(fc.integer({ min: -5, max: 105 })))
        .map(([note, percentComplete]) => ({ ...validBody.progress(note), percentComplete }));
    default:
      return fc.constant(validBody[action]());
  }
}

/** A body the command accepts, perhaps with a date or an effective time that breaks a rule. */
function validFor(action: Action, organisations: string[]): fc.Arbitrary<object> {
  return fc.tuple(bodyFor(action, organisations), effectiveAt).map(([body, at]) => (at === null ? body : { ...body, effectiveAt: at }));
}

function replaceFirstField(body: object, value: unknown): object {
  const [first] = Object.keys(body);
  return first === undefined ? { value } : { ...body, [first]: value };
}

/** Anything a careless or hostile client might send instead. */
function malformed(action: Action, organisations: string[]): fc.Arbitrary<unknown> {
  const valid = validFor(action, organisations);
  return fc.oneof(
    fc.jsonValue(),
    fc.tuple(valid, fc.string(), fc.jsonValue()).map(([body, key, value]) => ({ ...body, [key]: value })),
    fc.tuple(valid, fc.jsonValue()).map(([body, value]) => replaceFirstField(body, value)),
    fc.constantFrom('{"note": ', '[', 'null', '"text"', '{"__proto__": {"reason": "polluted"}}', '{"constructor": {"prototype": {}}}'),
  );
}

/** Who would normally send the command. */
export function usualSender(action: Action): Who {
  if (['accept', 'decline', 'start', 'progress', 'implemented'].includes(action)) return 'responsible';
  return action === 'verify' || action === 'dispute' ? 'donor' : 'coordinator';
}

/** What a real client sends: the usual user, a body the command accepts, no If-Match or key. */
function cleanStep(action: Action, organisations: string[]): fc.Arbitrary<Step> {
  return validFor(action, organisations).map((body) => ({ action, pick: 0, who: usualSender(action), body, ifMatch: null, key: 'none' }));
}

/** Anything: any user, maybe a malformed body, any If-Match, a fresh, reused or invalid Idempotency-Key. */
function chaoticStep(action: Action, organisations: string[]): fc.Arbitrary<Step> {
  return fc.record({
    action: fc.constant(action),
    pick: fc.constant(0),
    who: fc.constantFrom(...WHO),
    body: fc.oneof(validFor(action, organisations), malformed(action, organisations)),
    ifMatch: fc.option(
      fc.oneof(
        fc.nat({ max: 12 }).map((n) => `"${n}"`),
        fc.constant('garbage'),
      ),
    ),
    key: fc.constantFrom('none' as const, 'fresh' as const, 'reuse' as const, 'invalid' as const),
  });
}

/** Forward steps more often than the loops, and withdrawal (which is final) rarely. */
const WEIGHTS: Record<Action, number> = {
  assign: 4,
  accept: 4,
  decline: 1,
  start: 2,
  progress: 3,
  'due-date': 1,
  reassign: 1,
  implemented: 3,
  verify: 2,
  dispute: 1,
  withdraw: 1,
};
const anyAction = fc.oneof(...ACTIONS.map((name) => ({ weight: WEIGHTS[name], arbitrary: fc.constant(name) })));

const nextStep: fc.Arbitrary<Step> = fc.nat({ max: 11 }).map((pick) => ({ action: 'next', pick, who: 'coordinator', body: {}, ifMatch: null, key: 'none' }));

/** Half the steps walk the lifecycle; the others are any action, sent cleanly or chaotically. */
export function stepArbitrary(organisations: string[]): fc.Arbitrary<Step> {
  return fc.oneof(
    { weight: 3, arbitrary: nextStep },
    { weight: 2, arbitrary: anyAction.chain((name) => cleanStep(name, organisations)) },
    { weight: 1, arbitrary: anyAction.chain((name) => chaoticStep(name, organisations)) },
  );
}

/** The natural next actions from each status (verified and withdrawn have none: withdrawing is refused). */
export const NEXT: Record<string, Action[]> = {
  proposed: ['assign'],
  assigned: ['accept', 'accept', 'decline', 'reassign', 'due-date'],
  accepted: ['progress', 'start', 'implemented'],
  in_progress: ['progress', 'progress', 'implemented', 'reassign'],
  implemented: ['verify', 'verify', 'dispute'],
  verified: ['withdraw'],
  withdrawn: ['withdraw'],
};

/** A valid body for a 'next' step, built when it runs. */
export function bodyForNext(action: Action, organisation: string): object {
  return action === 'assign' || action === 'reassign' ? validBody[action](organisation) : validBody[action]();
}
