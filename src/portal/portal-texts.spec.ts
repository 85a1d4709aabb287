import { PORTAL_LANGUAGES, PORTAL_TEXTS } from './portal-texts';
import { RECOMMENDATION_STATUSES } from '../recommendations/recommendation.events';
import { FORUM_KINDS } from '../forums/forum.events';

describe("the portal's texts", () => {
  const english = Object.keys(PORTAL_TEXTS.en);

  it.each(PORTAL_LANGUAGES)('%s has every key English has, and no other, none empty', (language) => {
    const keys = Object.keys(PORTAL_TEXTS[language]);
    expect(english.filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => !english.includes(key))).toEqual([]);
    expect(keys.filter((key) => PORTAL_TEXTS[language][key].trim() === '')).toEqual([]);
  });

  it('names every status and every kind of forum', () => {
    const needed = [...RECOMMENDATION_STATUSES.map((s) => `status.${s}`), ...FORUM_KINDS.map((k) => `forumKind.${k}`)];
    expect(needed.filter((key) => !english.includes(key))).toEqual([]);
  });

  it('is in Russian and Tajik, not English, where the languages differ', () => {
    expect(PORTAL_TEXTS.ru['portal.forums']).not.toEqual(PORTAL_TEXTS.en['portal.forums']);
    expect(PORTAL_TEXTS.tg['portal.forums']).not.toEqual(PORTAL_TEXTS.ru['portal.forums']);
  });
});
