import type { TagVocabularies } from './tag-vocabularies';
import type { TaggingFacts } from './recommendation.commands';
import { RecommendationContent, TAG_FIELDS, TagField, TagVocabulary } from './recommendation.events';

/** How the vocabularies know each code the content tags with (a code they do not know is left out: the decider refuses it). */
export function tagStandings(vocabularies: Pick<TagVocabularies, 'term'>, content: Partial<RecommendationContent>): TaggingFacts['tags'] {
  const tags: TaggingFacts['tags'] = {};
  for (const field of Object.keys(TAG_FIELDS) as TagField[]) {
    for (const code of content[field] ?? []) {
      const term = vocabularies.term(TAG_FIELDS[field], code);
      if (term) tags[field] = { ...tags[field], [code]: term.retired ? 'retired' : 'current' };
    }
  }
  return tags;
}

/** The vocabularies a content names codes of that they do not know (yet: a term may have been added a moment ago). */
export function vocabulariesMissing(vocabularies: Pick<TagVocabularies, 'term'>, content: Partial<RecommendationContent>): TagVocabulary[] {
  const missing = new Set<TagVocabulary>();
  for (const field of Object.keys(TAG_FIELDS) as TagField[]) {
    if ((content[field] ?? []).some((code) => !vocabularies.term(TAG_FIELDS[field], code))) missing.add(TAG_FIELDS[field]);
  }
  return [...missing];
}
