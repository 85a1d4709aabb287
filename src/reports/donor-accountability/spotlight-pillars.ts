import { SPOTLIGHT_PILLARS, SpotlightPillar } from '../../reporting-framework/reporting-framework.events';

export type PillarOrUnmapped = SpotlightPillar | 'unmapped';
export const PILLAR_GROUPS: PillarOrUnmapped[] = [...SPOTLIGHT_PILLARS, 'unmapped'];

/** Used for a theme the donor's coordinators have not mapped: words that name each pillar's field. */
const BUILT_IN: [SpotlightPillar, RegExp][] = [
  ['laws_and_policies', /law|legislat|polic|cedaw|legal-framework|action-plan/],
  ['institutions', /institution|capacity|training|coordination|police|judic|prosecut/],
  ['prevention', /prevent|awareness|education|behaviour|behavior|youth|norms|media/],
  ['services', /service|shelter|legal-aid|legal aid|health|psycho|support|economic|rehabilit|crisis/],
  ['data', /data|statistic|monitor|survey|research/],
  ['womens_movements', /civil-society|civil society|movement|women-led|ngo|activis/],
];

export function builtInPillarOf(theme: string): SpotlightPillar | null {
  const word = theme.toLocaleLowerCase();
  return BUILT_IN.find(([, pattern]) => pattern.test(word))?.[0] ?? null;
}

/**
 * A recommendation's pillar: that of its first theme that maps, by the donor's mapping (keyed on theme codes) first,
 * then the theme's default pillar in the vocabulary, then (for free text recorded before the vocabularies) its words.
 */
export function pillarOf(themes: string[], mapping: Record<string, SpotlightPillar>, defaults: Record<string, SpotlightPillar> = {}): PillarOrUnmapped {
  for (const theme of themes) {
    const pillar = mapping[theme] ?? defaults[theme] ?? builtInPillarOf(theme);
    if (pillar) return pillar;
  }
  return 'unmapped';
}
