import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ListForumFollowThrough, ListOrganisationScorecards, ListOverdueCommitments } from './queries/read-model-lists';
import { forumFollowThrough } from './read-models/tracker/forum-follow-through.query';
import { organisationScorecards } from './read-models/tracker/organisation-scorecard.query';
import { overdueAging } from './read-models/tracker/overdue-aging.query';
import { TrackerReadModel } from './tracker-read-model';

/*
 * The read models' own lists (GET /scorecards/organisations, /overdue, /follow-through/forums), as queries: the
 * routes and the exports ask the same question, so what a caller may see is decided here once.
 */

@QueryHandler(ListOrganisationScorecards)
export class ListOrganisationScorecardsHandler implements IQueryHandler<ListOrganisationScorecards> {
  constructor(private readonly tracker: TrackerReadModel) {}

  async execute({ options, actor }: ListOrganisationScorecards) {
    const db = await this.tracker.reader(options);
    return organisationScorecards(db, { ...options, donorId: this.tracker.donorScope(actor, options.donorId) });
  }
}

@QueryHandler(ListOverdueCommitments)
export class ListOverdueCommitmentsHandler implements IQueryHandler<ListOverdueCommitments> {
  constructor(private readonly tracker: TrackerReadModel) {}

  async execute({ options, actor }: ListOverdueCommitments) {
    const db = await this.tracker.reader(options);
    return overdueAging(db, { ...options, donorId: this.tracker.donorScope(actor, options.donorId) });
  }
}

@QueryHandler(ListForumFollowThrough)
export class ListForumFollowThroughHandler implements IQueryHandler<ListForumFollowThrough> {
  constructor(private readonly tracker: TrackerReadModel) {}

  async execute({ options, actor }: ListForumFollowThrough) {
    const db = await this.tracker.reader(options);
    return forumFollowThrough(db, { asOf: options.asOf, donorId: this.tracker.donorScope(actor, options.donorId) });
  }
}

export const READ_MODEL_LIST_HANDLERS = [ListOrganisationScorecardsHandler, ListOverdueCommitmentsHandler, ListForumFollowThroughHandler];
