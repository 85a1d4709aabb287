import { RuleViolated } from './domain-errors';

/** The clock as the handler saw it: `now`, and when the command says it happened (ISO 8601). */
export interface CommandTime {
  now: string;
  effectiveAt: string;
}

export function requireNotInFuture(time: CommandTime): void {
  if (Date.parse(time.effectiveAt) > Date.parse(time.now)) {
    throw new RuleViolated('effectiveAt', `effectiveAt ${time.effectiveAt} is in the future; it must be ${time.now} or earlier`, 'EffectiveAtInFuture', {
      effectiveAt: time.effectiveAt,
      now: time.now,
    });
  }
}

/** The earliest instant at which a calendar date has begun anywhere (UTC+14). */
export function startOfDateAnywhere(date: string): number {
  return Date.parse(`${date}T00:00:00+14:00`);
}

/** The command's time: now, and the effective time it brings (now when none was given). */
export function commandTimeOf(context: { effectiveAt?: Date }, now = new Date()): CommandTime {
  return { now: now.toISOString(), effectiveAt: (context.effectiveAt ?? now).toISOString() };
}
