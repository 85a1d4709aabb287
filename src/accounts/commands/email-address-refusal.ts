import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { Account } from '../account.aggregate';

export interface RelayAnswer {
  accountId: string;
  address: string;
  /** The relay's reply, e.g. "550 No such user here". */
  response: string;
}

/** A mail relay refused the account's address for good: it is marked on the account, for coordinators to see. */
export class RecordEmailAddressRefused extends Command<CommandResult> {
  constructor(
    readonly answer: RelayAnswer,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A message to the account's address went through: a refusal marked before is taken off. */
export class ClearEmailAddressRefusal extends Command<CommandResult> {
  constructor(
    readonly answer: RelayAnswer,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordEmailAddressRefused)
export class RecordEmailAddressRefusedHandler implements ICommandHandler<RecordEmailAddressRefused> {
  constructor(private readonly repository: EventSourcedRepository) {}

  execute({ answer, context }: RecordEmailAddressRefused): Promise<CommandResult> {
    const data = { ...answer };
    return this.repository.execute(Account.create, answer.accountId, context, 'RecordEmailAddressRefused', (a) =>
      a.execute({ type: 'RecordEmailAddressRefused', data }),
    );
  }
}

@CommandHandler(ClearEmailAddressRefusal)
export class ClearEmailAddressRefusalHandler implements ICommandHandler<ClearEmailAddressRefusal> {
  constructor(private readonly repository: EventSourcedRepository) {}

  execute({ answer, context }: ClearEmailAddressRefusal): Promise<CommandResult> {
    const data = { ...answer };
    return this.repository.execute(Account.create, answer.accountId, context, 'ClearEmailAddressRefusal', (a) =>
      a.execute({ type: 'ClearEmailAddressRefusal', data }),
    );
  }
}
