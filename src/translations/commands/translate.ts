import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { translationDecider } from '../translation.decider';
import type { Language } from '../translation.events';

/** A coordinator records a recommendation's text in a language. */
export class TranslateRecommendationText extends Decide<typeof translationDecider> {
  constructor(recommendationId: string, language: Language, text: string, context: CommandContext) {
    super(translationDecider, recommendationId, { type: 'TranslateRecommendationText', data: { recommendationId, language, text } }, context, true);
  }
}

/** A coordinator records a forum's title in a language. */
export class TranslateForumTitle extends Decide<typeof translationDecider> {
  constructor(forumId: string, language: Language, title: string, context: CommandContext) {
    super(translationDecider, forumId, { type: 'TranslateForumTitle', data: { forumId, language, title } }, context, true);
  }
}
