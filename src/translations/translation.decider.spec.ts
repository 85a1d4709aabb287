import { deciderSpecification } from '../../test/support/decider-specification';
import { translationDecider } from './translation.decider';
import { ForumTitleTranslated, RecommendationTextTranslated } from './translation.events';

const spec = deciderSpecification(translationDecider);
const translateText = (language: 'en' | 'ru' | 'tg', text: string) => ({
  type: 'TranslateRecommendationText' as const,
  data: { recommendationId: 'r1', language, text },
});
const inRussian = new RecommendationTextTranslated({ recommendationId: 'r1', language: 'ru', text: 'Открыть приют' });

describe('Translation', () => {
  it("records a recommendation's text in a language", () => {
    spec.given([]).when(translateText('ru', 'Открыть приют')).then([inRussian]);
  });

  it('records nothing when the same text is sent again in the same language', () => {
    spec.given([inRussian]).when(translateText('ru', 'Открыть приют')).then([]);
  });

  it('records a corrected text, and the same text in another language', () => {
    spec
      .given([inRussian])
      .when(translateText('ru', 'Открыть убежище'))
      .then([new RecommendationTextTranslated({ recommendationId: 'r1', language: 'ru', text: 'Открыть убежище' })]);
    spec
      .given([inRussian])
      .when(translateText('tg', 'Открыть приют'))
      .then([new RecommendationTextTranslated({ recommendationId: 'r1', language: 'tg', text: 'Открыть приют' })]);
  });

  it("records a forum's title, once", () => {
    const command = { type: 'TranslateForumTitle' as const, data: { forumId: 'f1', language: 'tg' as const, title: 'Форуми ҷавонон' } };
    const translated = new ForumTitleTranslated(command.data);
    spec.given([]).when(command).then([translated]);
    spec.given([translated]).when(command).then([]);
  });
});
