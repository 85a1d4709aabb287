/**
 * A remark on a recommendation that changes nothing about it: a donor's or stakeholder's comment, or a question.
 * Kept in a stream of its own per recommendation (`comments-<recommendationId>`), beside the recommendation's
 * lifecycle rather than inside it, so that it never affects a decision or a figure.
 */
export const COMMENT_KINDS = ['comment', 'question'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

export const RECOMMENDATION_COMMENTED = 'RecommendationCommented';

export interface RecommendationCommented {
  type: typeof RECOMMENDATION_COMMENTED;
  data: { recommendationId: string; kind: CommentKind; text: string };
}

export const commentsStreamOf = (recommendationId: string) => `comments-${recommendationId}`;
