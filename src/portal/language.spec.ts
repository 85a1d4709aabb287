import { chooseLanguage } from './language';

describe("the portal's language", () => {
  it('is the one asked for with ?lang=', () => {
    expect(chooseLanguage('tg', 'ru-RU,ru;q=0.9')).toBe('tg');
  });

  it('ignores a ?lang= it does not speak and follows Accept-Language by weight', () => {
    expect(chooseLanguage('fr', 'fr-FR, en;q=0.5, ru;q=0.8')).toBe('ru');
    expect(chooseLanguage(undefined, 'tg-TJ;q=0.3, ru;q=0')).toBe('tg');
  });

  it('is English when nothing matches', () => {
    expect(chooseLanguage(undefined, undefined)).toBe('en');
    expect(chooseLanguage(['ru'], 'de, fr')).toBe('en');
  });
});
