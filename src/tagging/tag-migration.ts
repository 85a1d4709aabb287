import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { createHash } from 'node:crypto';
import type { CommandContext } from '../event-sourcing/event-metadata';
import type { CommandResult } from '../event-sourcing/event-sourced-repository';
import type { Principal } from '../kernel/principal';
import { CorrectRecommendation } from '../recommendations/commands/correct-recommendation';
import { ListRecommendations, type RecommendationListItem } from '../recommendations/queries/list-recommendations';
import { Vocabularies } from '../vocabularies/vocabularies';
import { type MappedValue, type TagCorrection, type Tagged, mappedValues, tagCorrections } from './tag-migration.plan';

export const MAPPING_REASON = 'mapped to the vocabulary';

export interface MigrationPreview {
  /** Each distinct free-text value, what it resolves to, and how many recommendations carry it. */
  values: MappedValue[];
  /** How many recommendations applying would correct. */
  recommendations: number;
}

export interface MigrationAnswer {
  /** Recommendations corrected now. */
  corrected: number;
  /** Corrections found already recorded with the same command id (an apply cut short, or two at once). */
  alreadyThere: number;
  /** The last event's position, for reading the lists after it (minPosition). */
  position: string | null;
}

const PAGE_SIZE = 200;

/**
 * The migration of the free-text themes and regions recorded before the vocabularies (docs/tagging.md): a preview of
 * what each value resolves to, and applying it as one content correction per recommendation whose values change,
 * so that the free text stays in its history.
 */
@Injectable()
export class TagMigration {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly vocabularies: Vocabularies,
  ) {}

  async preview(actor: Principal, minPosition?: string): Promise<MigrationPreview> {
    const recommendations = await this.tagged(actor, minPosition);
    return { values: mappedValues(recommendations, this.vocabularies), recommendations: tagCorrections(recommendations, this.vocabularies).length };
  }

  async apply(actor: Principal, minPosition?: string): Promise<MigrationAnswer> {
    const corrections = tagCorrections(await this.tagged(actor, minPosition), this.vocabularies);
    const answer: MigrationAnswer = { corrected: 0, alreadyThere: 0, position: null };
    for (const correction of corrections) {
      const body = { ...correction.content, reason: MAPPING_REASON };
      const result: CommandResult = await this.commands.execute(new CorrectRecommendation(correction.recommendationId, body, context(actor, correction)));
      answer[result.replayed ? 'alreadyThere' : 'corrected']++;
      if (!result.replayed) answer.position = `${result.position.commit}/${result.position.prepare}`;
    }
    return answer;
  }

  private async tagged(actor: Principal, minPosition?: string): Promise<Tagged[]> {
    const all: RecommendationListItem[] = [];
    for (let page = 1; ; page++) {
      const answer = await this.queries.execute(new ListRecommendations({ page, pageSize: PAGE_SIZE }, actor, page === 1 ? minPosition : undefined));
      all.push(...answer.items);
      if (answer.items.length < PAGE_SIZE || page * PAGE_SIZE >= answer.total) return all;
    }
  }
}

/** The same mapping of the same recommendation is one command, however often it is applied. */
function context(actor: Principal, correction: TagCorrection): CommandContext {
  const mapping = createHash('sha256').update(JSON.stringify(correction.content)).digest('hex').slice(0, 16);
  const commandId = `vocabulary-mapping:${correction.recommendationId}:${mapping}`;
  return { actor, commandId, correlationId: 'vocabulary-mapping', causationId: commandId, idempotent: true };
}
