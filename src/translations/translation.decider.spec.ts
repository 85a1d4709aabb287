import fc from 'fast-check';
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

describe('Translation, for any sequence of translations', () => {
  const languages = fc.constantFrom<'en' | 'ru' | 'tg'>('en', 'ru', 'tg');
  const sent = fc.array(fc.tuple(languages, fc.constantFrom('один', 'два', 'три')), { maxLength: 12 });

  it('records a text only when it differs from the last one in its language, and sending it again records nothing', () => {
    fc.assert(
      fc.property(sent, (commands) => {
        let state = translationDecider.initialState;
        const last: Partial<Record<string, string>> = {};
        for (const [language, text] of commands) {
          const events = translationDecider.decide(translateText(language, text), state);
          expect(events.length).toBe(last[language] === text ? 0 : 1);
          state = events.reduce(translationDecider.evolve, state);
          last[language] = text;
          expect(translationDecider.decide(translateText(language, text), state)).toEqual([]);
        }
        expect(state.texts).toEqual(last);
      }),
    );
  });
});
