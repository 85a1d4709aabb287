import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { EventRegistry } from '../event-sourcing/event-registry';
import { ACCOUNT_EVENTS } from './account.events';
import { AccountsController } from './accounts.controller';
import { ChangeAccountRoleHandler } from './commands/change-account-role';
import { ChangePasswordHandler } from './commands/change-password';
import { ChooseInterfaceLanguageHandler } from './commands/choose-interface-language';
import { CreateAccountHandler } from './commands/create-account';
import { DeactivateAccountHandler } from './commands/deactivate-account';
import { IssueApiTokenHandler } from './commands/issue-api-token';
import { RevokeApiTokenHandler } from './commands/revoke-api-token';
import { SignOutEverywhereHandler } from './commands/sign-out-everywhere';
import { IssuePasswordLinkHandler } from './commands/issue-password-link';
import { ResetPasswordHandler } from './commands/reset-password';
import { ClearEmailAddressRefusalHandler, RecordEmailAddressRefusedHandler } from './commands/email-address-refusal';
import { DisableTwoFactorHandler, EnableTwoFactorHandler, StartTwoFactorEnrolmentHandler } from './commands/two-factor';
import { LastCoordinator } from './last-coordinator';
import { GetAccountHandler } from './queries/get-account';

@Module({
  imports: [NotificationsModule],
  controllers: [AccountsController],
  providers: [
    CreateAccountHandler,
    ChangeAccountRoleHandler,
    DeactivateAccountHandler,
    ChangePasswordHandler,
    IssueApiTokenHandler,
    RevokeApiTokenHandler,
    ChooseInterfaceLanguageHandler,
    SignOutEverywhereHandler,
    IssuePasswordLinkHandler,
    ResetPasswordHandler,
    StartTwoFactorEnrolmentHandler,
    EnableTwoFactorHandler,
    DisableTwoFactorHandler,
    GetAccountHandler,
    LastCoordinator,
    RecordEmailAddressRefusedHandler,
    ClearEmailAddressRefusalHandler,
  ],
})
export class AccountsModule {
  constructor(registry: EventRegistry) {
    registry.register(...ACCOUNT_EVENTS);
  }
}
