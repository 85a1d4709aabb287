import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';
import { InterfaceLanguage } from '../account.events';

/** The signed-in person chooses the language of the web interface; it is remembered with the account. */
export class ChooseInterfaceLanguage extends Command<CommandResult> {
  constructor(
    readonly language: InterfaceLanguage,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChooseInterfaceLanguage)
export class ChooseInterfaceLanguageHandler implements ICommandHandler<ChooseInterfaceLanguage> {
  constructor(private readonly repository: EventSourcedRepository) {}

  execute({ language, context }: ChooseInterfaceLanguage): Promise<CommandResult> {
    const data = { accountId: context.actor.accountId, language };
    return this.repository.execute(accountDecider, data.accountId, context, 'ChooseInterfaceLanguage', () => ({ type: 'ChooseInterfaceLanguage', data }));
  }
}
