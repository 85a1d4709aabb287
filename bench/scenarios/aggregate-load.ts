import { EventPublisher } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { EventRegistry } from '../../src/event-sourcing/event-registry';
import { EventSourcedRepository } from '../../src/event-sourcing/event-sourced-repository';
import { Recommendation } from '../../src/recommendations/recommendation.aggregate';
import { RECOMMENDATION_EVENTS } from '../../src/recommendations/recommendation.events';
import { BenchOptions, Measurement, Scenario, elapsedSeconds } from '../measurement';

const meta = { actor: { accountId: 'a', organisationId: 'o', role: 'stakeholder' }, recordedAt: '2024-01-01T00:00:00.000Z', effectiveAt: '2024-01-01T00:00:00.000Z', commandId: 'c', commandType: 'x', correlationId: 'c', causationId: 'c', schemaVersion: 1 };

async function longHistory(store: SqliteEventStore, id: string, length: number): Promise<void> {
  const event = (type: string, data: Record<string, unknown>) => ({ id: randomUUID(), type, data: { recommendationId: id, ...data }, metadata: { ...meta, commandId: randomUUID() } });
  const opening = [
    event('RecommendationProposed', { forumId: 'f', text: 'A recommendation with a long life', themes: ['services'], targetRegions: ['Khatlon'], priority: 'high' }),
    event('RecommendationAssigned', { responsibleOrganisationId: 'o', supportingOrganisationIds: [], dueDate: '2025-01-01' }),
    event('RecommendationAccepted', { organisationId: 'o' }),
    event('RecommendationWorkStarted', { organisationId: 'o' }),
  ];
  const progress = Array.from({ length: length - opening.length }, (_, i) => event('RecommendationProgressReported', { note: `report ${i}`, evidence: [], percentComplete: null }));
  await store.appendToStream(`recommendation-${id}`, [...opening, ...progress], 'no_stream');
}

export const aggregateLoadScenario: Scenario = {
  name: 'aggregate load',
  async run({ quick }: BenchOptions): Promise<Measurement[]> {
    const dir = mkdtempSync(join(process.env.BENCH_TMP ?? '/tmp', 'bench-aggregate-'));
    const store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    const registry = new EventRegistry();
    registry.register(...RECOMMENDATION_EVENTS);
    // Loading never publishes, so the repository needs no event bus here.
    const repository = new EventSourcedRepository(store, registry, undefined as unknown as EventPublisher);
    const results: Measurement[] = [];
    for (const length of [1_000, 10_000]) {
      const id = randomUUID();
      await longHistory(store, id, length);
      const rounds = quick ? 5 : 20;
      await repository.load(Recommendation.create, id);
      const started = process.hrtime.bigint();
      for (let i = 0; i < rounds; i++) await repository.load(Recommendation.create, id);
      const ms = (elapsedSeconds(started) * 1000) / rounds;
      results.push({ scenario: 'load one recommendation from its stream', size: `${length} ev`, figure: ms, unit: 'ms', details: { 'events/s': (length / ms) * 1000 } });
    }
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    return results;
  },
};
