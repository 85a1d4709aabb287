import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AccountDirectory } from '../account-directory';
import { normaliseEmail } from '../../credentials/email-address';
import { hashPassword } from '../../credentials/password-hashing';
import { Role } from '../../kernel/principal';
import { newAggregateIdFor } from '../../event-sourcing/event-ids';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';

import { requireOrganisationFor, accountDecider } from '../account.decider';
import { requireActiveOrganisation } from '../organisation-membership';

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  role: Role;
  organisationId: string | null;
}

export class CreateAccount extends Command<CommandResult> {
  constructor(
    readonly account: NewAccount,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CreateAccount)
export class CreateAccountHandler implements ICommandHandler<CreateAccount> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly directory: AccountDirectory,
  ) {}

  async execute({ account, context }: CreateAccount): Promise<CommandResult> {
    const accountId = newAggregateIdFor(context, 'account');
    const replay = await this.repository.replayIfRecorded(accountDecider, accountId, context, 'CreateAccount');
    if (replay) return replay;
    requireOrganisationFor(account.role, account.organisationId);
    await requireActiveOrganisation(this.repository, account.organisationId);
    await this.directory.reserve(account.email, accountId, context);
    const data = {
      accountId,
      email: normaliseEmail(account.email),
      name: account.name,
      role: account.role,
      organisationId: account.organisationId,
      passwordHash: await hashPassword(account.password),
    };
    return this.repository.execute(accountDecider, accountId, context, 'CreateAccount', () => ({ type: 'CreateAccount', data }), {
      creates: true,
    });
  }
}
