import { Query } from '@nestjs/cqrs';
import type { Principal } from '../../kernel/principal';
import type { ForumFollowThrough } from '../read-models/tracker/forum-follow-through.query';
import type { OrganisationScorecard } from '../read-models/tracker/organisation-scorecard.query';
import type { OverdueAging } from '../read-models/tracker/overdue-aging.query';

export type { ForumFollowThrough, OrganisationScorecard, OverdueAging };

/** What the read-model lists are asked: a past moment, a donor's portfolio, one responsible organisation, read-your-writes. */
export interface ReadModelListOptions {
  asOf?: string;
  donorId?: string;
  organisationId?: string;
  minPosition?: string;
}

/** Per responsible organisation: held by status, overdue, on-time rate (donors: within their portfolio). */
export class ListOrganisationScorecards extends Query<OrganisationScorecard[]> {
  constructor(
    readonly options: ReadModelListOptions,
    readonly actor: Principal,
  ) {
    super();
  }
}

/** Overdue commitments by age (donors: within their portfolio). */
export class ListOverdueCommitments extends Query<OverdueAging> {
  constructor(
    readonly options: ReadModelListOptions,
    readonly actor: Principal,
  ) {
    super();
  }
}

/** Per forum: its recommendations by status, overdue, implementation rate (donors: the forums they fund). */
export class ListForumFollowThrough extends Query<ForumFollowThrough[]> {
  constructor(
    readonly options: Omit<ReadModelListOptions, 'organisationId'>,
    readonly actor: Principal,
  ) {
    super();
  }
}
