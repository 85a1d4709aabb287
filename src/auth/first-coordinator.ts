import { ConflictException, Injectable, Logger, OnApplicationBootstrap, UnauthorizedException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { CreateAccount, NewAccount } from '../accounts/commands/create-account';
import { AppConfig } from '../config/app-config';
import { EventStore } from '../event-store/event-store.port';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { TransitionRefused } from '../kernel/domain-errors';
import { SETUP_MARKER, setupMarkerDecider } from './setup-marker.decider';
import { activeCoordinatorsIn } from './coordinators-in-store';
import { Principal } from '../kernel/principal';
import { refusal } from '../kernel/refusal-reasons';

const SYSTEM: Principal = { accountId: 'system', organisationId: null, role: 'coordinator' };

/**
 * The first coordinator of an empty store: from BOOTSTRAP_COORDINATOR_* settings, or through a one-time
 * setup token printed in the log. Once there is one, neither way works again.
 */
@Injectable()
export class FirstCoordinator implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');
  private setupToken: string | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly repository: EventSourcedRepository,
    private readonly commands: CommandBus,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.isSetUp()) return;
    if (await this.recordExistingCoordinator()) return;
    const email = this.config.BOOTSTRAP_COORDINATOR_EMAIL;
    const password = this.config.BOOTSTRAP_COORDINATOR_PASSWORD;
    if (email && password) {
      const account = { email, password, name: 'Coordinator', role: 'coordinator' as const, organisationId: null };
      const result = await this.create(account, 'bootstrap-coordinator');
      await this.markSetUp(result.id, 'bootstrap-coordinator').catch(() => undefined);
      this.logger.log(`created the first coordinator ${email}`);
      return;
    }
    this.setupToken = randomBytes(24).toString('base64url');
    this.logger.warn(
      `No coordinator exists yet. Create the first one, once, with POST /auth/setup ` +
        `{"setupToken": "${this.setupToken}", "email": ..., "name": ..., "password": ...}`,
    );
  }

  /** The one-time token while no coordinator exists, for the start-up notice; the setup page only learns whether there is one. */
  get pendingSetupToken(): string | null {
    return this.setupToken;
  }

  /** A coordinator was made another way (the demo's): the setup token has no more use, now or at the next start. */
  async coordinatorCreated(accountId: string): Promise<void> {
    this.setupToken = null;
    try {
      await this.markSetUp(accountId, 'other-coordinator');
    } catch (error) {
      if (!(error instanceof TransitionRefused)) throw error;
    }
  }

  /** Exchanges the one-time setup token for the first coordinator account. */
  async setUp(token: string, account: Omit<NewAccount, 'role' | 'organisationId'>) {
    if (!this.setupToken || !sameToken(token, this.setupToken)) {
      throw new UnauthorizedException(refusal('SetupTokenNotValid', 'the setup token is not valid (it works once, on a store without a coordinator)'));
    }
    // A coordinator may have come since the token was printed (the demo loaded after the start).
    if (await this.recordExistingCoordinator())
      throw new ConflictException(refusal('CoordinatorExists', 'a coordinator already exists: ask them for an account'));
    const commandId = `setup-${this.setupToken}`;
    try {
      await this.markSetUp('pending', commandId);
    } catch (error) {
      if (error instanceof TransitionRefused) throw new ConflictException(refusal('CoordinatorExists', 'the first coordinator already exists'));
      throw error;
    }
    this.setupToken = null;
    return this.create({ ...account, role: 'coordinator', organisationId: null }, commandId);
  }

  /**
   * A store that has a coordinator without the setup marker (the demo's, or one imported) is set up: the
   * marker is written, and no setup token is printed or honoured.
   */
  private async recordExistingCoordinator(): Promise<boolean> {
    const [coordinator] = await activeCoordinatorsIn(this.store);
    if (!coordinator) return false;
    this.setupToken = null;
    await this.markSetUp(coordinator, `existing-coordinator-${coordinator}`).catch((error: unknown) => {
      if (!(error instanceof TransitionRefused)) throw error;
    });
    return true;
  }

  private create(account: NewAccount, commandId: string) {
    const context = { actor: SYSTEM, commandId, correlationId: commandId, causationId: commandId, idempotent: true };
    return this.commands.execute(new CreateAccount(account, context));
  }

  private async isSetUp(): Promise<boolean> {
    return (await this.repository.load(setupMarkerDecider, SETUP_MARKER.id)).state.setUp;
  }

  private async markSetUp(accountId: string, commandId: string): Promise<void> {
    const context = { actor: SYSTEM, commandId, correlationId: commandId, causationId: commandId, idempotent: false };
    const command = { type: 'MarkSetUp' as const, data: { accountId } };
    await this.repository.execute(setupMarkerDecider, SETUP_MARKER.id, context, 'MarkSetUp', () => command, { creates: true });
  }
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
