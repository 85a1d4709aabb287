import { domainEvent } from '../event-sourcing/domain-event';

export interface RepeatLinkData {
  recommendationId: string;
  earlierId: string;
}

/** A coordinator saw that the recommendation repeats an earlier one, made at an earlier forum. */
export class RecommendationRepeatLinked extends domainEvent('RecommendationRepeatLinked')<RepeatLinkData> {}
/** The link was a mistake: the recommendation does not repeat the earlier one after all. */
export class RecommendationRepeatUnlinked extends domainEvent('RecommendationRepeatUnlinked')<RepeatLinkData> {}

export type RecurrenceEvent = RecommendationRepeatLinked | RecommendationRepeatUnlinked;
export const RECURRENCE_EVENTS = [RecommendationRepeatLinked, RecommendationRepeatUnlinked];
