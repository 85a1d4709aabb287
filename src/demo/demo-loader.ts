import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FirstCoordinator } from '../auth/first-coordinator';
import { Principal } from '../kernel/principal';
import { CommandContext } from '../event-sourcing/event-metadata';
import { RecordForum } from '../forums/commands/record-forum';
import { RegisterOrganisation } from '../organisations/commands/register-organisation';
import { ProposeRecommendation } from '../recommendations/commands/propose-recommendation';
import { SetReportingProfile } from '../reporting-framework/commands/set-reporting-profile';
import { DemoAccounts, createDemoAccounts } from './demo-accounts';
import { DemoActors } from './demo-actors';
import { DEMO_FORUMS, DEMO_ORGANISATIONS, DEMO_RECOMMENDATIONS, DEMO_REPORTING_PROFILES, DemoForum, DemoRecommendation } from './demo-data';
import { DemoStepCommands } from './demo-step-commands';

/**
 * Loads the demo tracker through the same commands the API uses. Every command id is derived from
 * the demo's own keys, so loading twice changes nothing: the second time every command is a replay.
 */
@Injectable()
export class DemoLoader {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly commands: CommandBus,
    private readonly firstCoordinator: FirstCoordinator,
  ) {}

  async load(): Promise<{ organisations: number; forums: number; recommendations: number; accounts: DemoAccounts }> {
    const actors = new DemoActors();
    for (const organisation of DEMO_ORGANISATIONS) {
      const { key, ...details } = organisation;
      const context = this.context(actors.coordinator, `organisation:${key}`, '2022-01-01');
      const result = await this.commands.execute(new RegisterOrganisation(details, context));
      actors.setOrganisationId(key, result.id);
    }
    for (const [key, profile] of Object.entries(DEMO_REPORTING_PROFILES)) {
      const context = this.context(actors.coordinator, `reporting-profile:${key}`, '2022-01-01');
      await this.commands.execute(new SetReportingProfile(actors.organisationId(key), profile, context));
    }
    const accounts = await createDemoAccounts(this.commands, DEMO_ORGANISATIONS, actors, (key) => this.context(actors.coordinator, key, '2022-01-01'));
    // The demo's coordinator is the first one: the page no longer offers to set one up.
    await this.firstCoordinator.coordinatorCreated(actors.coordinator.accountId);
    const forumIds = new Map<string, string>();
    for (const forum of DEMO_FORUMS) forumIds.set(forum.key, await this.recordForum(forum, actors));
    const steps = new DemoStepCommands(this.commands, actors, (actor, key, at) => this.context(actor, key, at));
    for (const [index, recommendation] of DEMO_RECOMMENDATIONS.entries()) {
      const forum = DEMO_FORUMS.find((f) => f.key === recommendation.forumKey) as DemoForum;
      const id = await this.propose(recommendation, forumIds.get(forum.key) as string, index, actors);
      await steps.replay(id, `recommendation:${index}`, recommendation.history, actors.organisationId(forum.funderKeys[0]));
    }
    const counts = { organisations: DEMO_ORGANISATIONS.length, forums: DEMO_FORUMS.length, recommendations: DEMO_RECOMMENDATIONS.length };
    this.logger.log(`demo loaded: ${counts.organisations} organisations, ${counts.forums} forums, ${counts.recommendations} recommendations`);
    return { ...counts, accounts };
  }

  private async recordForum(forum: DemoForum, actors: DemoActors): Promise<string> {
    const { key, funderKeys, organisers, location, ...facts } = forum;
    const details = {
      ...facts,
      location: { country: location.country, region: location.region ?? null, district: location.district ?? null },
      organisers: organisers.map((name) => ({ name, organisationId: null })),
      funders: funderKeys.map((k) => actors.organisationId(k)),
    };
    const context = this.context(actors.coordinator, `forum:${key}`, forum.endDate);
    return (await this.commands.execute(new RecordForum(details, context))).id;
  }

  private async propose(recommendation: DemoRecommendation, forumId: string, index: number, actors: DemoActors): Promise<string> {
    const { text, themes, targetRegions, sdgTargets, cedawAreas, mechanisms, priority } = recommendation;
    const context = this.context(actors.coordinator, `recommendation:${index}:proposed`, recommendation.proposedAt);
    const body = { text, themes, targetRegions, sdgTargets, cedawAreas, mechanisms, priority };
    return (await this.commands.execute(new ProposeRecommendation(forumId, body, context))).id;
  }

  private context(actor: Principal, key: string, effectiveDate: string): CommandContext {
    const commandId = `demo:${key}`;
    return {
      actor,
      commandId,
      correlationId: 'demo-load',
      causationId: commandId,
      effectiveAt: new Date(`${effectiveDate}T09:00:00.000Z`),
      idempotent: true,
    };
  }
}
