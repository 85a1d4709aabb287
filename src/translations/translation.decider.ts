import { Decider } from '../event-sourcing/decider';
import {
  ForumTitleTranslated,
  ForumTitleTranslatedData,
  Language,
  RecommendationTextTranslated,
  RecommendationTextTranslatedData,
  TranslationEvent,
} from './translation.events';

export type TranslationCommand =
  { type: 'TranslateRecommendationText'; data: RecommendationTextTranslatedData } | { type: 'TranslateForumTitle'; data: ForumTitleTranslatedData };

/** The translations of one item (a recommendation's text or a forum's title), by language. */
export interface TranslationState {
  texts: Partial<Record<Language, string>>;
}

const initialState: TranslationState = { texts: {} };

/** The same text in the same language again records nothing. */
function decide(command: TranslationCommand, state: TranslationState): TranslationEvent[] {
  switch (command.type) {
    case 'TranslateRecommendationText':
      return state.texts[command.data.language] === command.data.text ? [] : [new RecommendationTextTranslated(command.data)];
    case 'TranslateForumTitle':
      return state.texts[command.data.language] === command.data.title ? [] : [new ForumTitleTranslated(command.data)];
  }
}

function evolve(state: TranslationState, event: TranslationEvent): TranslationState {
  const text = event.type === 'RecommendationTextTranslated' ? event.data.text : event.data.title;
  return { texts: { ...state.texts, [event.data.language]: text } };
}

/**
 * The translations of a recommendation's text or a forum's title, in a stream of their own
 * (`translation-<recommendationId or forumId>`) beside the item's, so that translating never competes with following up.
 */
export const translationDecider: Decider<TranslationCommand, TranslationEvent, TranslationState> = { kind: 'translation', initialState, decide, evolve };
