import { domainEvent } from '../event-sourcing/domain-event';

export const FORUM_KINDS = ['conference', 'roundtable', 'national_forum', 'study_tour', 'meeting', 'training'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

/** How exactly the forum's dates are known: with 'month' they are the first and last day of their months, shown as months. */
export const DATE_PRECISIONS = ['day', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface ForumLocation {
  /** ISO 3166-1 alpha-2, e.g. TJ. */
  country: string;
  region: string | null;
  district: string | null;
}

export interface ForumOrganiser {
  name: string;
  /** Set when the organiser is a registered organisation. */
  organisationId: string | null;
}

/** What is known about a forum; every field can be corrected later. */
export interface ForumDetails {
  title: string;
  kind: ForumKind;
  /** ISO dates (YYYY-MM-DD); endDate is not before startDate. */
  startDate: string;
  endDate: string;
  location: ForumLocation;
  organisers: ForumOrganiser[];
  /** Registered organisations of kind donor that paid for the forum. */
  funders: string[];
  programme: string | null;
  participants: number | null;
  /** Where the account of the forum comes from: a report's title, a URL. */
  sourceReference: string | null;
  /** A study tour's countries (ISO 3166-1 alpha-2), besides its location; left out in events before it was recorded. */
  countriesVisited?: string[];
  /** Left out: 'day'. */
  datePrecision?: DatePrecision;
}

export const FORUM_DETAIL_FIELDS = [
  'title',
  'kind',
  'startDate',
  'endDate',
  'location',
  'organisers',
  'funders',
  'programme',
  'participants',
  'sourceReference',
  'countriesVisited',
  'datePrecision',
] as const satisfies readonly (keyof ForumDetails)[];

export interface ForumRecordedData extends ForumDetails {
  forumId: string;
}

export interface ForumDetailsCorrectedData {
  forumId: string;
  /** Only the fields that change, with their new values. */
  changes: Partial<ForumDetails>;
  reason: string;
}

export class ForumRecorded extends domainEvent('ForumRecorded')<ForumRecordedData> {}
export class ForumDetailsCorrected extends domainEvent('ForumDetailsCorrected')<ForumDetailsCorrectedData> {}

export type ForumEvent = ForumRecorded | ForumDetailsCorrected;
export const FORUM_EVENTS = [ForumRecorded, ForumDetailsCorrected];
