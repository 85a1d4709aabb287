import type { QueryBus } from '@nestjs/cqrs';
import { TranslationsOf } from '../translations/queries/translations-of';
import type { PublicForum, PublicRecommendation } from './public-view';
import type { PortalLanguage } from './portal-texts';

/** What a portal page shows of a forum or recommendation: in the page's language, or the original marked as such. */
export interface InLanguage {
  /** True when no translation in the page's language exists and the original is shown. */
  original?: boolean;
}
export type ShownForum = PublicForum & InLanguage;
export type ShownRecommendation = PublicRecommendation & InLanguage;

/** Forums' titles and recommendations' texts in `language`, with their fallback to the original marked. */
export async function inLanguage(
  queries: QueryBus,
  language: PortalLanguage,
  forums: PublicForum[],
  recommendations: PublicRecommendation[],
): Promise<{ forums: ShownForum[]; recommendations: ShownRecommendation[] }> {
  const originals = new Map([...forums.map((f) => [f.forumId, f.title] as const), ...recommendations.map((r) => [r.id, r.text] as const)]);
  const shown = await queries.execute(new TranslationsOf([...originals.keys()], language, { originals }));
  const forumShown = (forum: PublicForum): ShownForum => {
    const title = shown.get(forum.forumId);
    return { ...forum, title: title?.text ?? forum.title, original: title?.original ?? true };
  };
  const byForum = new Map(forums.map((f) => [f.forumId, forumShown(f)]));
  return {
    forums: [...byForum.values()],
    recommendations: recommendations.map((r) => {
      const text = shown.get(r.id);
      return { ...r, text: text?.text ?? r.text, forumTitle: byForum.get(r.forumId)?.title ?? r.forumTitle, original: text?.original ?? true };
    }),
  };
}
