import { SPOTLIGHT_PILLARS, SpotlightPillar } from '../../reporting-framework/reporting-framework.events';
import { VOCABULARY_KINDS, normaliseTermText, type VocabularyTerm } from '../../vocabularies/vocabulary';
import { VocabularyIndex, type VocabularySnapshot } from '../../vocabularies/vocabulary-index';

export type PillarOrUnmapped = SpotlightPillar | 'unmapped';
export const PILLAR_GROUPS: PillarOrUnmapped[] = [...SPOTLIGHT_PILLARS, 'unmapped'];

/** What the built-in mapping looks themes up in: the Vocabularies provider, or the packaged themes alone. */
export interface ThemeVocabulary {
  resolve(kind: 'themes', text: string): VocabularyTerm | undefined;
}

const PACKAGED_THEMES: ThemeVocabulary = new VocabularyIndex();

/** The themes a report was sent with (report-terms.ts), or the packaged ones when it was sent none (the CLI, older jobs). */
export function themeVocabularyOf(themes: VocabularyTerm[] | undefined): ThemeVocabulary {
  if (!themes) return PACKAGED_THEMES;
  const others = Object.fromEntries(VOCABULARY_KINDS.map((kind) => [kind, []])) as unknown as VocabularySnapshot;
  return new VocabularyIndex({ ...others, themes });
}

/** For free text that names no theme of the vocabulary (records older than it): words that name each pillar's field. */
const LEGACY: [SpotlightPillar, RegExp][] = [
  ['laws_and_policies', /law|legislat|polic|cedaw|legal-framework|action-plan/],
  ['institutions', /institution|capacity|training|coordination|police|judic|prosecut/],
  ['prevention', /prevent|awareness|education|behaviour|behavior|youth|norms|media/],
  ['services', /service|shelter|legal-aid|legal aid|health|psycho|support|economic|rehabilit|crisis/],
  ['data', /data|statistic|monitor|survey|research/],
  ['womens_movements', /civil-society|civil society|movement|women-led|ngo|activis/],
];

function legacyPillarOf(theme: string): SpotlightPillar | null {
  const word = theme.toLocaleLowerCase();
  return LEGACY.find(([, pattern]) => pattern.test(word))?.[0] ?? null;
}

/** Used for a theme the donor's coordinators have not mapped: the theme's default pillar, else the legacy words. */
export function builtInPillarOf(theme: string, themes: ThemeVocabulary = PACKAGED_THEMES): SpotlightPillar | null {
  return themes.resolve('themes', theme)?.defaultPillar ?? legacyPillarOf(theme);
}

/** The form a theme is compared in: its term's code when the vocabulary knows it, else its normalised text. */
function themeKey(theme: string, themes: ThemeVocabulary): string {
  return themes.resolve('themes', theme)?.code ?? normaliseTermText(theme);
}

/**
 * A recommendation's pillar: that of its first theme that maps, by the donor's mapping first. A mapping's theme and a
 * recommendation's match when they name the same term ('legal aid' and 'legal-aid'), or read the same once normalised.
 */
export function pillarOf(themes: string[], mapping: Record<string, SpotlightPillar>, vocabulary: ThemeVocabulary = PACKAGED_THEMES): PillarOrUnmapped {
  const mapped = new Map<string, SpotlightPillar>();
  for (const [theme, pillar] of Object.entries(mapping)) {
    const key = themeKey(theme, vocabulary);
    // Two of the mapping's themes naming one term: the one written as its code wins, else the first.
    mapped.set(key, mapping[key] ?? mapped.get(key) ?? pillar);
  }
  for (const theme of themes) {
    const pillar = mapping[theme] ?? mapped.get(themeKey(theme, vocabulary)) ?? builtInPillarOf(theme, vocabulary);
    if (pillar) return pillar;
  }
  return 'unmapped';
}
