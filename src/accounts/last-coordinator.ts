import { Injectable } from '@nestjs/common';
import { RuleViolated } from '../kernel/domain-errors';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { ProjectionEngine } from '../projections/projection-engine';
import { listAccounts } from '../projections/read-models/account-audit/account-list.query';
import { accountDecider } from './account.decider';

/**
 * There is always an active coordinator: no one could manage accounts otherwise, and a store that had one prints
 * no setup token. A change that may remove a coordinator (a new role, deactivation) runs one at a time in this
 * process, after checking that another active coordinator remains; candidates come from the account list and
 * each is confirmed on its stream. (Two instances could still race: see docs/security.md.)
 */
@Injectable()
export class LastCoordinator {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly projections: ProjectionEngine,
  ) {}

  /** `field` is what the refusal names: the role asked for, or the account to deactivate. */
  keepAnother<T>(accountId: string, change: () => Promise<T>, field = 'role'): Promise<T> {
    const run = this.queue.then(async () => {
      await this.requireAnother(accountId, field);
      return change();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async requireAnother(accountId: string, field: string): Promise<void> {
    const account = await this.repository.load(accountDecider, accountId);
    if (account.state.role !== 'coordinator' || account.state.status !== 'active') return;
    const listed = listAccounts(this.projections.reader('account-audit'), { role: 'coordinator', page: 1, pageSize: 100_000 }).items;
    for (const candidate of listed.filter((a) => a.id !== accountId && a.status === 'active')) {
      const other = await this.repository.load(accountDecider, candidate.id);
      if (other.state.role === 'coordinator' && other.state.status === 'active') return;
    }
    throw new RuleViolated(field, 'this is the last active coordinator: make another account coordinator first', 'LastCoordinator');
  }
}
