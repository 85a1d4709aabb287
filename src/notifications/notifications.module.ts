import { AccountLinkMailer } from '../accounts/account-link-mailer';
import { Global, Module } from '@nestjs/common';
import { AccountLinkMail } from './account-link-mail';
import { AppConfig } from '../config/app-config';
import { Clock, SystemClock } from './clock';
import { MailChannel } from './mail-channel';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { SmtpMailChannel } from './smtp-mail-channel';
import { UnsubscribeController } from './unsubscribe.controller';

/** Reminders and notifications, by e-mail and in the app's inbox, driven by the event log (global: accounts send their links through it). */
@Global()
@Module({
  controllers: [NotificationsController, UnsubscribeController],
  providers: [
    { provide: Clock, useClass: SystemClock },
    {
      provide: MailChannel,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.SMTP_URL ? new SmtpMailChannel(config.SMTP_URL, config.MAIL_FROM) : null),
    },
    NotificationsService,
    AccountLinkMail,
    { provide: AccountLinkMailer, useExisting: AccountLinkMail },
  ],
  exports: [NotificationsService, AccountLinkMail, AccountLinkMailer],
})
export class NotificationsModule {}
