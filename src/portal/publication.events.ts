import { domainEvent } from '../event-sourcing/domain-event';

/** The open licences a coordinator may publish a forum's data under (SPDX identifiers). */
export const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'ODbL-1.0'] as const;
export type Licence = (typeof LICENCES)[number];
export const DEFAULT_LICENCE: Licence = 'CC-BY-4.0';

export interface ForumPublishedData {
  forumId: string;
  licence: Licence;
}

export interface ForumUnpublishedData {
  forumId: string;
  reason: string | null;
}

/** The forum, its recommendations and what is marked public of them are shown on the public portal and in the open data. */
export class ForumPublished extends domainEvent('ForumPublished')<ForumPublishedData> {}
/** The forum is taken off the public portal and out of the open data. */
export class ForumUnpublished extends domainEvent('ForumUnpublished')<ForumUnpublishedData> {}

export type PublicationEvent = ForumPublished | ForumUnpublished;
export const PUBLICATION_EVENTS = [ForumPublished, ForumUnpublished];
