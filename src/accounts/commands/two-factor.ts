import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { requireSelfOrCoordinator } from '../../kernel/access-policy';
import { newRecoveryCodes, TwoFactorSecrets } from '../../credentials/two-factor-secret';
import { RuleViolated } from '../../kernel/domain-errors';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';

/** Starts enrolling the signed-in account's authenticator app: answers the secret (shown once) and its otpauth URI. */
export class StartTwoFactorEnrolment extends Command<CommandResult & { secret: string; otpauthUri: string }> {
  constructor(readonly context: CommandContext) {
    super();
  }
}

/** Turns two-factor sign-in on with a first code from the app; answers ten recovery codes, shown once. */
export class EnableTwoFactor extends Command<CommandResult & { recoveryCodes: string[] }> {
  constructor(
    readonly code: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The account itself, or a coordinator for someone who lost their device. */
export class DisableTwoFactor extends Command<CommandResult> {
  constructor(
    readonly accountId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(StartTwoFactorEnrolment)
export class StartTwoFactorEnrolmentHandler implements ICommandHandler<StartTwoFactorEnrolment> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly secrets: TwoFactorSecrets,
  ) {}

  async execute({ context }: StartTwoFactorEnrolment) {
    const accountId = context.actor.accountId;
    const secret = this.secrets.newSecret();
    const data = { accountId, encryptedSecret: this.secrets.encrypt(secret) };
    let email = '';
    const result = await this.repository.execute(accountDecider, accountId, context, 'StartTwoFactorEnrolment', (a) => {
      email = a.state.email;
      return { type: 'StartTwoFactorEnrolment', data };
    });
    return { ...result, secret, otpauthUri: this.secrets.uriFor(email, secret) };
  }
}

@CommandHandler(EnableTwoFactor)
export class EnableTwoFactorHandler implements ICommandHandler<EnableTwoFactor> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly secrets: TwoFactorSecrets,
  ) {}

  async execute({ code, context }: EnableTwoFactor) {
    const accountId = context.actor.accountId;
    const { codes, hashes } = newRecoveryCodes();
    const result = await this.repository.execute(accountDecider, accountId, context, 'EnableTwoFactor', async (a) => {
      const secret = a.state.twoFactor.encryptedSecret;
      if (a.state.twoFactor.status === 'pending' && secret && !(await this.secrets.codeMatches(secret, code))) {
        throw new RuleViolated('code', 'the code does not match: type the 6 digits your app shows now', 'TwoFactorCodeWrong');
      }
      return { type: 'EnableTwoFactor', data: { accountId, recoveryCodeHashes: hashes } };
    });
    return { ...result, recoveryCodes: codes };
  }
}

@CommandHandler(DisableTwoFactor)
export class DisableTwoFactorHandler implements ICommandHandler<DisableTwoFactor> {
  constructor(private readonly repository: EventSourcedRepository) {}

  execute({ accountId, context }: DisableTwoFactor): Promise<CommandResult> {
    requireSelfOrCoordinator(context.actor, accountId, 'turn off two-factor sign-in for this account');
    return this.repository.execute(accountDecider, accountId, context, 'DisableTwoFactor', () => ({ type: 'DisableTwoFactor', data: { accountId } }));
  }
}
