import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { EventRegistry } from '../../src/event-sourcing/event-registry';
import { EventSourcedRepository } from '../../src/event-sourcing/event-sourced-repository';
import { recommendationDecider } from '../../src/recommendations/recommendation.decider';
import { RECOMMENDATION_EVENTS } from '../../src/recommendations/recommendation.events';
import { BenchOptions, Measurement, Scenario, elapsedSeconds } from '../measurement';

const meta = {
  actor: { accountId: 'a', organisationId: 'o', role: 'stakeholder' },
  recordedAt: '2024-01-01T00:00:00.000Z',
  effectiveAt: '2024-01-01T00:00:00.000Z',
  commandId: 'c',
  commandType: 'x',
  correlationId: 'c',
  causationId: 'c',
  schemaVersion: 1,
};

async function longHistory(store: SqliteEventStore, id: string, length: number): Promise<void> {
  const event = (type: string, data: Record<string, unknown>) => ({
    id: randomUUID(),
    type,
    data: { recommendationId: id, ...data },
    metadata: { ...meta, commandId: randomUUID() },
  });
  const opening = [
    event('RecommendationProposed', {
      forumId: 'f',
      text: 'A recommendation with a long life',
      themes: ['services'],
      targetRegions: ['Khatlon'],
      priority: 'high',
    }),
    event('RecommendationAssigned', { responsibleOrganisationId: 'o', supportingOrganisationIds: [], dueDate: '2025-01-01' }),
    event('RecommendationAccepted', { organisationId: 'o' }),
    event('RecommendationWorkStarted', { organisationId: 'o' }),
  ];
  const progress = Array.from({ length: length - opening.length }, (_, i) =>
    event('RecommendationProgressReported', { note: `report ${i}`, evidence: [], percentComplete: null }),
  );
  await store.appendToStream(`recommendation-${id}`, [...opening, ...progress], 'no_stream');
}

function repositoryOf(store: SqliteEventStore): EventSourcedRepository {
  const registry = new EventRegistry();
  registry.register(...RECOMMENDATION_EVENTS);
  return new EventSourcedRepository(store, registry);
}

function msPerRound(rounds: number, started: bigint): number {
  return (elapsedSeconds(started) * 1000) / rounds;
}

/**
 * Cold: a repository that never saw the stream reads and replays all of it. Warm: the repository's
 * cached state of the stream, plus the one event appended since (what a command on a busy aggregate does).
 */
export const aggregateLoadScenario: Scenario = {
  name: 'aggregate load',
  async run({ quick }: BenchOptions): Promise<Measurement[]> {
    const dir = mkdtempSync(join(process.env.BENCH_TMP ?? '/tmp', 'bench-aggregate-'));
    const store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    const results: Measurement[] = [];
    for (const length of [1_000, 10_000]) {
      const id = randomUUID();
      await longHistory(store, id, length);
      const rounds = quick ? 5 : 20;
      let started = process.hrtime.bigint();
      for (let i = 0; i < rounds; i++) await repositoryOf(store).load(recommendationDecider, id);
      const cold = msPerRound(rounds, started);
      const warm = repositoryOf(store);
      let revision = (await warm.load(recommendationDecider, id)).revision as bigint;
      let elapsed = 0n;
      for (let i = 0; i < rounds; i++) {
        const progress = {
          id: randomUUID(),
          type: 'RecommendationProgressReported',
          data: { recommendationId: id, note: 'more', evidence: [], percentComplete: null },
          metadata: { ...meta, commandId: randomUUID() },
        };
        revision = (await store.appendToStream(`recommendation-${id}`, [progress], revision)).nextExpectedRevision;
        started = process.hrtime.bigint();
        await warm.load(recommendationDecider, id);
        elapsed += process.hrtime.bigint() - started;
      }
      const warmMs = Number(elapsed) / 1e6 / rounds;
      results.push({
        scenario: 'load one recommendation, cold (read + replay all)',
        size: `${length} ev`,
        figure: cold,
        unit: 'ms',
        details: { 'events/s': (length / cold) * 1000 },
      });
      results.push({ scenario: 'load one recommendation, warm (cached + 1 new)', size: `${length} ev`, figure: warmMs, unit: 'ms' });
    }
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    return results;
  },
};
