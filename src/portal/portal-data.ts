import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetForum } from '../forums/queries/get-forum';
import { AggregateNotFound } from '../kernel/domain-errors';
import type { Principal } from '../kernel/principal';
import { ListOrganisations } from '../organisations/queries/list-organisations';
import { GetRecommendation } from '../recommendations/queries/get-recommendation';
import { GetStatusHistory } from '../recommendations/queries/get-status-history';
import { ListRecommendations, RecommendationListItem } from '../recommendations/queries/list-recommendations';
import { TranslationsPosition } from '../translations/queries/translations-of';
import { PortalLanguage } from './portal-texts';
import { ShownForum, ShownRecommendation, inLanguage } from './portal-translations';
import { PublicationReadModel } from './publication-read-model';
import { PublishedForum } from './publication.projection';
import { OrganisationNames, PublicTimelineEntry, publicForum, publicRecommendation, publicTimelineEntry } from './public-view';
import { Vocabularies } from '../vocabularies/vocabularies';

/** The portal reads as a viewer: the role that sees every forum and changes nothing; what it shows is then picked field by field. */
const PUBLIC_READER: Principal = { accountId: 'public-portal', organisationId: null, role: 'viewer' };
const PAGE_SIZE = 500;

export interface PublishedForumPage {
  forum: ShownForum;
  recommendations: ShownRecommendation[];
}

export interface PublishedRecommendationPage {
  forum: ShownForum;
  recommendation: ShownRecommendation;
  timeline: PublicTimelineEntry[];
}

/** What the public may see of the published forums, through the capabilities' own queries. */
@Injectable()
export class PortalData {
  constructor(
    private readonly queries: QueryBus,
    private readonly publications: PublicationReadModel,
    private readonly vocabularies: Vocabularies,
  ) {}

  /** Where the data shown stands, translations and vocabularies included (a new translation or label changes the pages' ETags). */
  async dataPosition(): Promise<string> {
    const [data, translations] = await Promise.all([this.publications.dataPosition(), this.queries.execute(new TranslationsPosition())]);
    return `${data}.${translations}.${this.vocabularies.position().replace('/', '-')}`;
  }

  /**
   * Every published forum; with a language, titles and texts in it (the original marked where there is no translation).
   * Tags are labelled in `labelsIn`: the language, else English (open data asks for its own).
   */
  async forums(language?: PortalLanguage, labelsIn: PortalLanguage = language ?? 'en'): Promise<PublishedForumPage[]> {
    const names = await this.organisationNames();
    const pages = await Promise.all(this.publications.published().map((publication) => this.forumPage(publication, names, labelsIn)));
    const found = pages.filter((page): page is PublishedForumPage => page !== null).sort((a, b) => b.forum.startDate.localeCompare(a.forum.startDate));
    return language ? Promise.all(found.map((page) => this.inLanguage(page, language))) : found;
  }

  async forum(forumId: string, language?: PortalLanguage): Promise<PublishedForumPage | null> {
    const publication = this.publications.publicationOf(forumId);
    const page = publication ? await this.forumPage(publication, await this.organisationNames(), language ?? 'en') : null;
    return page && language ? this.inLanguage(page, language) : page;
  }

  async recommendation(recommendationId: string, language?: PortalLanguage): Promise<PublishedRecommendationPage | null> {
    const page = await this.untranslatedRecommendation(recommendationId, language ?? 'en');
    if (!page || !language) return page;
    const shown = await inLanguage(this.queries, language, [page.forum], [page.recommendation]);
    return { ...page, forum: shown.forums[0], recommendation: shown.recommendations[0] };
  }

  private async inLanguage(page: PublishedForumPage, language: PortalLanguage): Promise<PublishedForumPage> {
    const shown = await inLanguage(this.queries, language, [page.forum], page.recommendations);
    return { forum: shown.forums[0], recommendations: shown.recommendations };
  }

  private async untranslatedRecommendation(recommendationId: string, labelsIn: PortalLanguage): Promise<PublishedRecommendationPage | null> {
    const state = await this.queries.execute(new GetRecommendation(recommendationId, PUBLIC_READER)).catch((error: unknown) => {
      if (error instanceof AggregateNotFound) return null;
      throw error;
    });
    const publication = state?.forumId ? this.publications.publicationOf(state.forumId) : undefined;
    if (!publication) return null;
    const names = await this.organisationNames();
    const [page, history] = await Promise.all([
      this.forumPage(publication, names, labelsIn),
      this.queries.execute(new GetStatusHistory(recommendationId, PUBLIC_READER)),
    ]);
    const recommendation = page?.recommendations.find((r) => r.id === recommendationId);
    if (!page || !recommendation) return null;
    return { forum: page.forum, recommendation, timeline: history.map((transition) => publicTimelineEntry(transition, names)) };
  }

  private async forumPage(publication: PublishedForum, names: OrganisationNames, labelsIn: PortalLanguage): Promise<PublishedForumPage | null> {
    try {
      const [forum, items] = await Promise.all([this.queries.execute(new GetForum(publication.forumId, PUBLIC_READER)), this.items(publication.forumId)]);
      const recommendations = items.map((item) => publicRecommendation(item, publication, this.vocabularies, labelsIn));
      return { forum: publicForum(forum, items, publication, names), recommendations };
    } catch (error) {
      if (error instanceof AggregateNotFound) return null;
      throw error;
    }
  }

  private async items(forumId: string): Promise<RecommendationListItem[]> {
    const items: RecommendationListItem[] = [];
    for (let page = 1; ; page++) {
      const answer = await this.queries.execute(new ListRecommendations({ forumId, page, pageSize: PAGE_SIZE, sort: 'proposedAt' }, PUBLIC_READER));
      items.push(...answer.items);
      if (items.length >= answer.total || answer.items.length === 0) return items;
    }
  }

  private async organisationNames(): Promise<OrganisationNames> {
    const answer = await this.queries.execute(new ListOrganisations({ page: 1, pageSize: 10_000 }));
    return new Map(answer.items.map((organisation) => [organisation.id, organisation.name]));
  }
}
