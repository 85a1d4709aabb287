import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ListForums } from '../forums/queries/list-forums';
import { ListOrganisations } from '../organisations/queries/list-organisations';
import { GetStatusHistory } from '../recommendations/queries/get-status-history';
import { ListRecommendations } from '../recommendations/queries/list-recommendations';
import { forumFollowThrough } from './read-models/tracker/forum-follow-through.query';
import { listOrganisations } from './read-models/tracker/organisation-list.query';
import { listRecommendations } from './read-models/tracker/recommendation-list.query';
import { statusHistory } from './read-models/tracker/status-history.query';
import { TrackerReadModel } from './tracker-read-model';

/*
 * The capabilities' list queries, answered from the tracker read model: each capability owns its query (the
 * contract and the route); the projections answer it, within what the caller may see.
 */

@QueryHandler(ListRecommendations)
export class ListRecommendationsHandler implements IQueryHandler<ListRecommendations> {
  constructor(private readonly tracker: TrackerReadModel) {}

  async execute({ filter, actor, minPosition }: ListRecommendations) {
    const db = await this.tracker.reader({ minPosition });
    return listRecommendations(db, { ...filter, donorId: this.tracker.donorScope(actor, filter.donorId) });
  }
}

@QueryHandler(GetStatusHistory)
export class GetStatusHistoryHandler implements IQueryHandler<GetStatusHistory> {
  constructor(private readonly tracker: TrackerReadModel) {}

  async execute({ recommendationId, actor, asOf, minPosition }: GetStatusHistory) {
    const db = await this.tracker.reader({ minPosition });
    this.tracker.requireInPortfolio(db, actor, recommendationId);
    return statusHistory(db, recommendationId, asOf);
  }
}

@QueryHandler(ListOrganisations)
export class ListOrganisationsHandler implements IQueryHandler<ListOrganisations> {
  constructor(private readonly tracker: TrackerReadModel) {}

  async execute({ filter, minPosition }: ListOrganisations) {
    return listOrganisations(await this.tracker.reader({ minPosition }), filter);
  }
}

@QueryHandler(ListForums)
export class ListForumsHandler implements IQueryHandler<ListForums> {
  constructor(private readonly tracker: TrackerReadModel) {}

  async execute({ actor, options, minPosition }: ListForums) {
    const db = await this.tracker.reader({ minPosition });
    const forums = forumFollowThrough(db, { asOf: options.asOf, donorId: this.tracker.donorScope(actor, options.donorId) });
    return forums
      .map(({ forumId, title, kind, startDate, datePrecision, region, funders, recommendations }) => ({
        forumId,
        title,
        kind,
        startDate,
        ...(datePrecision ? { datePrecision } : {}),
        region,
        funders,
        recommendations,
      }))
      .sort((a, b) => (a.startDate === b.startDate ? a.forumId.localeCompare(b.forumId) : b.startDate.localeCompare(a.startDate)));
  }
}

export const CAPABILITY_QUERY_HANDLERS = [ListRecommendationsHandler, GetStatusHistoryHandler, ListOrganisationsHandler, ListForumsHandler];
