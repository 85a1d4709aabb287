import { PORTAL_LANGUAGES, PortalLanguage } from './portal-texts';

const isPortalLanguage = (value: string): value is PortalLanguage => (PORTAL_LANGUAGES as readonly string[]).includes(value);

/** `?lang=` first, then the first language of Accept-Language the portal speaks (by q), then English. */
export function chooseLanguage(asked: unknown, acceptLanguage: string | undefined): PortalLanguage {
  if (typeof asked === 'string' && isPortalLanguage(asked)) return asked;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...parameters] = part.trim().split(';');
      const q = Number(/q=([\d.]+)/.exec(parameters.join(';'))?.[1] ?? 1);
      return { language: tag.toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map(({ language }) => language).find(isPortalLanguage) ?? 'en';
}
