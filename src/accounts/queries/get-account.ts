import type { Account } from '../account-stream';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { requireSelfOrCoordinator } from '../../kernel/access-policy';
import { Principal } from '../../kernel/principal';
import { AggregateNotFound } from '../../kernel/domain-errors';
import { EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';
import { redactAccountData } from '../../projections/read-models/account-audit/account-redaction';

export class GetAccount extends Query<ReturnType<GetAccountHandler['view']>> {
  constructor(
    readonly accountId: string,
    readonly reader: Principal,
  ) {
    super();
  }
}

@QueryHandler(GetAccount)
export class GetAccountHandler implements IQueryHandler<GetAccount> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ accountId, reader }: GetAccount) {
    requireSelfOrCoordinator(reader, accountId, 'read this account');
    const { aggregate, history } = await this.repository.loadWithHistory(accountDecider, accountId);
    if (!aggregate.exists) throw new AggregateNotFound('account', accountId);
    return this.view(aggregate, history);
  }

  view(account: Account, history: { revision: string; type: string; data: object; metadata: object }[]) {
    const { email, name, role, organisationId, status, apiTokens, language } = account.state;
    return {
      id: account.id,
      revision: account.revision as bigint,
      email,
      name,
      role,
      organisationId,
      status,
      language,
      twoFactor: account.state.twoFactor.status,
      emailRefused: account.state.refusedAddress,
      apiTokens: apiTokens.map(({ tokenId, label, revoked }) => ({ tokenId, label, revoked })),
      history: history.map((entry) => ({ ...entry, data: redactAccountData(entry.data) })),
    };
  }
}
