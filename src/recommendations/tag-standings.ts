import type { TagVocabularies } from './tag-vocabularies';
import type { TaggingFacts } from './recommendation.commands';
import { RecommendationContent, TAG_FIELDS, TagField } from './recommendation.events';

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
