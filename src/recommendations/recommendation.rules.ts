import { RuleViolated } from '../kernel/domain-errors';
import { OrganisationFacts, describeOrganisation } from '../forums/facts';
import { requireNotInFuture, startOfDateAnywhere } from '../kernel/command-time';
import { AssignmentFacts, CommandOf, RecommendationFacts, TaggingFacts } from './recommendation.commands';
import { RecommendationContent, TAG_FIELDS, TagField } from './recommendation.events';
import { RecommendationState } from './recommendation.state';
import { describeEventType } from './recommendation.transitions';

/** effectiveAt is not in the future, and not before the forum began. */
export function checkEffectiveTime({ time, forum }: RecommendationFacts): void {
  requireNotInFuture(time);
  if (Date.parse(time.effectiveAt) < startOfDateAnywhere(forum.startDate)) {
    throw new RuleViolated('effectiveAt', `effectiveAt ${time.effectiveAt} is before the forum "${forum.title}" started on ${forum.startDate}`, 'BeforeForum', {
      effectiveAt: time.effectiveAt,
      forumTitle: forum.title,
      forumStartDate: forum.startDate,
    });
  }
}

/** An event cannot take effect before the one it follows: back-dating stays allowed within that. */
export function checkFollowsPrevious({ time }: RecommendationFacts, { lastEffective }: RecommendationState): void {
  if (!lastEffective?.effectiveAt || Date.parse(time.effectiveAt) >= Date.parse(lastEffective.effectiveAt)) return;
  throw new RuleViolated(
    'effectiveAt',
    `effectiveAt ${time.effectiveAt} is before ${lastEffective.effectiveAt}, when the recommendation's previous event ` +
      `(${describeEventType(lastEffective.type)}) took effect; give a time at or after it, or correct the earlier date first`,
    'BeforePreviousEvent',
    { effectiveAt: time.effectiveAt, previousEffectiveAt: lastEffective.effectiveAt, previousEvent: lastEffective.type },
  );
}

/** A corrected time keeps the stream's order: not before the event before, not after the event after, not in the future. */
export function checkCorrection({ data, facts }: CommandOf<'CorrectEffectiveDate'>): void {
  const { target, previous, next, forum } = facts;
  if (!target || target.type === 'RecommendationEffectiveDateCorrected') {
    throw new RuleViolated('revision', `revision ${data.revision} is not an event of this recommendation whose date can be corrected`, 'NotACorrectableEvent', {
      revision: data.revision,
    });
  }
  requireNotInFuture({ now: facts.time.now, effectiveAt: data.effectiveAt });
  if (Date.parse(data.effectiveAt) < startOfDateAnywhere(forum.startDate)) {
    throw new RuleViolated('effectiveAt', `effectiveAt ${data.effectiveAt} is before the forum "${forum.title}" started on ${forum.startDate}`, 'BeforeForum', {
      effectiveAt: data.effectiveAt,
      forumTitle: forum.title,
      forumStartDate: forum.startDate,
    });
  }
  if (previous && Date.parse(data.effectiveAt) < Date.parse(previous.effectiveAt)) {
    const message = `effectiveAt ${data.effectiveAt} is before ${previous.effectiveAt}, when the event before it (${describeEventType(previous.type)}) took effect`;
    throw new RuleViolated('effectiveAt', message, 'BeforePreviousEvent', {
      effectiveAt: data.effectiveAt,
      previousEffectiveAt: previous.effectiveAt,
      previousEvent: previous.type,
    });
  }
  if (next && Date.parse(data.effectiveAt) > Date.parse(next.effectiveAt)) {
    const message = `effectiveAt ${data.effectiveAt} is after ${next.effectiveAt}, when the event after it (${describeEventType(next.type)}) took effect`;
    throw new RuleViolated('effectiveAt', message, 'AfterNextEvent', {
      effectiveAt: data.effectiveAt,
      nextEffectiveAt: next.effectiveAt,
      nextEvent: next.type,
    });
  }
  if (Date.parse(data.effectiveAt) === Date.parse(target.effectiveAt)) {
    throw new RuleViolated('effectiveAt', `the event at revision ${data.revision} already took effect at ${target.effectiveAt}`, 'AlreadyTookEffectThen', {
      revision: data.revision,
      effectiveAt: target.effectiveAt,
    });
  }
}

export function checkDueDate(dueDate: string, { forum }: RecommendationFacts): void {
  if (dueDate < forum.startDate) {
    throw new RuleViolated('dueDate', `dueDate ${dueDate} is before the forum "${forum.title}" started on ${forum.startDate}`, 'BeforeForum', {
      dueDate,
      forumTitle: forum.title,
      forumStartDate: forum.startDate,
    });
  }
}

function factsAbout(organisationId: string, facts: AssignmentFacts): OrganisationFacts {
  const known = facts.organisations.find((organisation) => organisation.organisationId === organisationId);
  return known ?? { organisationId, name: '', kind: null, status: 'unregistered' };
}

/** Only registered, active organisations can be given something to do. */
export function requireAssignable(field: string, organisationId: string, facts: AssignmentFacts): void {
  const organisation = factsAbout(organisationId, facts);
  if (organisation.status === 'unregistered') {
    throw new RuleViolated(field, `organisation ${organisationId} is not registered; register it first`, 'OrganisationNotRegistered', { organisationId });
  }
  if (organisation.status === 'deactivated') {
    const message = `organisation ${describeOrganisation(organisation)} is deactivated; nothing can be assigned to it`;
    throw new RuleViolated(field, message, 'OrganisationDeactivated', { name: organisation.name });
  }
}

/** Every code a recommendation is tagged with is a current term of its field's vocabulary; history keeps whatever it held. */
export function checkTags(content: Partial<RecommendationContent>, { tags }: TaggingFacts): void {
  for (const field of Object.keys(TAG_FIELDS) as TagField[]) {
    const vocabulary = TAG_FIELDS[field];
    for (const code of content[field] ?? []) {
      const standing = tags[field]?.[code];
      if (standing === 'current') continue;
      if (standing === 'retired') {
        throw new RuleViolated(field, `${field}: "${code}" is retired from the ${vocabulary} vocabulary; choose a current term`, 'TermRetired', {
          field,
          value: code,
          vocabulary,
        });
      }
      const message = `${field}: "${code}" is not a code of the ${vocabulary} vocabulary (GET /vocabularies/${vocabulary} lists them)`;
      throw new RuleViolated(field, message, 'TermNotInVocabulary', { field, value: code, vocabulary });
    }
  }
}
