import type { ForumView } from '../forums/queries/get-forum';
import type { Transition } from '../recommendations/queries/get-status-history';
import type { RecommendationListItem } from '../recommendations/queries/list-recommendations';
import type { PublishedForum } from './publication.projection';
import { TAG_FIELDS, type TagField } from '../recommendations/recommendation.events';
import { type TagLabeller, tagLabel } from '../recommendations/tag-labels';
import type { TagLanguage } from '../recommendations/tag-vocabularies';

/*
 * What the public may see, field by field: each view is built by picking fields, never by deleting from a
 * record, so a field added to a read model stays off the portal until it is named here. Organisations by name
 * only; no account, e-mail or author of a note.
 */

export interface PublicForum {
  forumId: string;
  title: string;
  kind: string;
  startDate: string;
  endDate: string;
  country: string | null;
  region: string | null;
  district: string | null;
  organisers: string[];
  funders: string[];
  participants: number | null;
  recommendations: number;
  byStatus: Record<string, number>;
  licence: string;
  publishedAt: string;
}

export interface PublicRecommendation {
  id: string;
  forumId: string;
  forumTitle: string;
  text: string;
  status: string;
  priority: string;
  responsibleOrganisation: string | null;
  dueDate: string | null;
  percentComplete: number | null;
  /** Codes of the vocabularies (free text in recommendations recorded before them). */
  themes: string[];
  targetRegions: string[];
  sdgTargets: string[];
  cedawAreas: string[];
  mechanisms: string[];
  /** The same tags as labels in the reader's language (the code marked "(?)" where no vocabulary holds it). */
  themeLabels: string[];
  targetRegionLabels: string[];
  sdgTargetLabels: string[];
  cedawAreaLabels: string[];
  mechanismLabels: string[];
  proposedAt: string;
  lastChangedAt: string;
  licence: string;
}

/** Each tag field and the field of its labels. */
export const TAG_LABEL_FIELDS = {
  themes: 'themeLabels',
  targetRegions: 'targetRegionLabels',
  sdgTargets: 'sdgTargetLabels',
  cedawAreas: 'cedawAreaLabels',
  mechanisms: 'mechanismLabels',
} as const;

export interface PublicEvidence {
  kind: string;
  title: string;
  url: string | null;
  reference: string | null;
}

export interface PublicTimelineEntry {
  type: string;
  status: string;
  effectiveAt: string;
  organisation: string | null;
  percentComplete: number | null;
  note: string | null;
  evidence: PublicEvidence[];
}

export type OrganisationNames = Map<string, string>;

const nameOf = (names: OrganisationNames, id: string | null) => (id === null ? null : (names.get(id) ?? null));
const textOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

export function countByStatus(recommendations: { status: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of recommendations) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

export function publicForum(forum: ForumView, recommendations: { status: string }[], publication: PublishedForum, names: OrganisationNames): PublicForum {
  return {
    forumId: forum.id,
    title: forum.title,
    kind: forum.kind ?? '',
    startDate: forum.startDate,
    endDate: forum.endDate,
    country: forum.location?.country ?? null,
    region: forum.location?.region ?? null,
    district: forum.location?.district ?? null,
    organisers: forum.organisers.map((organiser) => nameOf(names, organiser.organisationId) ?? organiser.name),
    funders: forum.funders.map((id) => nameOf(names, id) ?? ''),
    participants: forum.participants,
    recommendations: recommendations.length,
    byStatus: countByStatus(recommendations),
    licence: publication.licence,
    publishedAt: publication.publishedAt,
  };
}

/** The labels of a recommendation's tags in one language. */
export function tagLabelsOf(
  item: RecommendationListItem,
  labeller: TagLabeller,
  language: TagLanguage,
): Pick<PublicRecommendation, (typeof TAG_LABEL_FIELDS)[TagField]> {
  const entries = (Object.keys(TAG_LABEL_FIELDS) as TagField[]).map((field) => [
    TAG_LABEL_FIELDS[field],
    item[field].map((code) => tagLabel(labeller, TAG_FIELDS[field], code, language)),
  ]);
  return Object.fromEntries(entries) as Pick<PublicRecommendation, (typeof TAG_LABEL_FIELDS)[TagField]>;
}

export function publicRecommendation(
  item: RecommendationListItem,
  publication: PublishedForum,
  labeller: TagLabeller,
  language: TagLanguage,
): PublicRecommendation {
  return {
    id: item.id,
    forumId: item.forumId,
    forumTitle: item.forumTitle,
    text: item.text,
    status: item.status,
    priority: item.priority,
    responsibleOrganisation: item.responsibleOrganisationName,
    dueDate: item.dueDate,
    percentComplete: item.percentComplete,
    themes: [...item.themes],
    targetRegions: [...item.targetRegions],
    sdgTargets: [...item.sdgTargets],
    cedawAreas: [...item.cedawAreas],
    mechanisms: [...item.mechanisms],
    ...tagLabelsOf(item, labeller, language),
    proposedAt: item.proposedAt,
    lastChangedAt: item.lastChangedAt,
    licence: publication.licence,
  };
}

/** Only evidence marked public; evidence without the mark (all of it, before the mark existed) stays private. */
export function publicEvidence(evidence: unknown[]): PublicEvidence[] {
  return evidence
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && (item as { public?: unknown }).public === true)
    .map((item) => ({ kind: String(item.kind), title: String(item.title), url: textOrNull(item.url), reference: textOrNull(item.reference) }));
}

export function publicTimelineEntry(transition: Transition, names: OrganisationNames): PublicTimelineEntry {
  return {
    type: transition.type,
    status: transition.to,
    effectiveAt: transition.effectiveAt,
    organisation: nameOf(names, transition.actor.organisationId),
    percentComplete: transition.percentComplete,
    note: transition.note,
    evidence: publicEvidence(transition.evidence),
  };
}
