import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { requireSelfOrCoordinator } from '../../auth/access-policy';
import { Principal } from '../../auth/principal';
import { AggregateNotFound } from '../../event-sourcing/domain-errors';
import { EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { Account } from '../account.aggregate';
import { redactAccountData } from '../account-redaction';

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
    const { aggregate, history } = await this.repository.loadWithHistory(Account.create, accountId);
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
