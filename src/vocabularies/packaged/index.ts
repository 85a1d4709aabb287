import type { PackagedTerm, VocabularyKind } from '../vocabulary';
import { PACKAGED_CEDAW_AREAS } from './cedaw-areas';
import { PACKAGED_MECHANISMS } from './mechanisms';
import { PACKAGED_REGIONS } from './regions';
import { PACKAGED_SDG_TARGETS } from './sdg-targets';
import { PACKAGED_THEMES } from './themes';

/** The lists shipped with the app, by kind, in the order they are offered. */
export const PACKAGED_VOCABULARIES: Record<VocabularyKind, PackagedTerm[]> = {
  themes: PACKAGED_THEMES,
  regions: PACKAGED_REGIONS,
  sdgTargets: PACKAGED_SDG_TARGETS,
  cedawAreas: PACKAGED_CEDAW_AREAS,
  mechanisms: PACKAGED_MECHANISMS,
};
