import { domainEvent } from '../event-sourcing/domain-event';

/** The languages the tracker is read in; a translation is in one of them. */
export const LANGUAGES = ['en', 'ru', 'tg'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface RecommendationTextTranslatedData {
  recommendationId: string;
  language: Language;
  text: string;
}

export interface ForumTitleTranslatedData {
  forumId: string;
  language: Language;
  title: string;
}

/** A recommendation's text in another language; who translated it is the event's actor. */
export class RecommendationTextTranslated extends domainEvent('RecommendationTextTranslated')<RecommendationTextTranslatedData> {}
/** A forum's title in another language; who translated it is the event's actor. */
export class ForumTitleTranslated extends domainEvent('ForumTitleTranslated')<ForumTitleTranslatedData> {}

export type TranslationEvent = RecommendationTextTranslated | ForumTitleTranslated;
export const TRANSLATION_EVENTS = [RecommendationTextTranslated, ForumTitleTranslated];
