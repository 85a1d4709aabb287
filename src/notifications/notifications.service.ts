import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { join } from 'node:path';
import { authSecret } from '../auth/auth-secret';
import { AppConfig } from '../config/app-config';
import { EventStore, Position } from '../event-store/event-store.port';
import { ProjectionRunner } from '../projections/projection-runner';
import { ReadModelFile } from '../projections/read-model-file';
import { SharedCatchUp } from '../projections/shared-catch-up';
import { AddressMarks } from './address-marks';
import { Clock } from './clock';
import { MailChannel } from './mail-channel';
import { NotificationDispatcher } from './notification-dispatcher';
import { notificationsProjection } from './notifications.projection';
import { ReminderScheduler } from './reminder-scheduler';
import { unsubscribeToken } from './unsubscribe-token';

/**
 * The notification processor: its read model fed from the global log from its own checkpoint (the projections'
 * runner), the dispatcher that sends what it queues, and the reminder scheduler, each on a timer.
 */
@Injectable()
export class NotificationsService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private readonly readModel: ReadModelFile;
  private readonly runner: ProjectionRunner;
  /** Made once the read model has caught up: built from the start in memory, its file's connection is a new one then. */
  dispatcher!: NotificationDispatcher;
  scheduler!: ReminderScheduler;
  readonly secret: string;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Optional() @Inject(MailChannel) private readonly mail: MailChannel | null,
    private readonly commands: CommandBus,
  ) {
    const file = join(config.DATA_DIR, 'notifications', `notifications-v${notificationsProjection.version}.sqlite`);
    this.readModel = new ReadModelFile(file, notificationsProjection);
    const { version } = notificationsProjection;
    this.runner = new ProjectionRunner(store, notificationsProjection, this.readModel, version, false, SharedCatchUp.of(store));
    this.secret = authSecret(config.AUTH_TOKEN_SECRET, config.DATA_DIR);
  }

  private connect(): void {
    const { store, config, clock, mail, commands } = this;
    this.dispatcher = new NotificationDispatcher(
      store,
      this.readModel.db,
      mail ?? null,
      clock,
      {
        baseUrl: config.PUBLIC_BASE_URL,
        mailHost: /@([^>\s]+)>?$/.exec(config.MAIL_FROM)?.[1] ?? 'follow-through.invalid',
        retryBaseMs: config.NOTIFICATIONS_RETRY_BASE_MS,
        leaseSeconds: config.NOTIFICATIONS_LEASE_SECONDS,
        maxAgeHours: config.NOTIFICATIONS_MAX_AGE_HOURS,
        unsubscribeFor: (accountId, kind) => unsubscribeToken(this.secret, accountId, kind),
      },
      new AddressMarks(commands),
    );
    this.scheduler = new ReminderScheduler(this.readModel.db, clock, {
      daysBefore: config.REMINDER_DAYS_BEFORE.split(',').map(Number),
      escalateAfterDays: config.REMINDER_ESCALATE_AFTER_DAYS,
      digestHourUtc: config.DIGEST_HOUR_UTC,
    });
  }

  /** Subscribes with the other read models before any waits: one read of the log catches them all up (SharedCatchUp). */
  onModuleInit(): void {
    void this.runner.run();
  }

  get db() {
    return this.readModel.db;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.waitUntilCaughtUp();
    this.connect();
    if (!this.mail) this.logger.warn('SMTP_URL is not set: notifications go to the in-app inbox only, no e-mail is sent');
    this.evaluateReminders();
    this.every(
      this.config.NOTIFICATIONS_POLL_INTERVAL_MS,
      () => void this.dispatcher.dispatch().catch((error) => this.logger.error(`dispatch: ${String(error)}`)),
    );
    this.every(this.config.REMINDER_CHECK_INTERVAL_SECONDS * 1000, () => this.evaluateReminders());
  }

  private every(ms: number, work: () => void): void {
    const timer = setInterval(work, ms);
    timer.unref();
    this.timers.push(timer);
  }

  /** Queues the reminders that stand on the clock's day; the next dispatch sends them. */
  evaluateReminders(): number {
    try {
      return this.scheduler.evaluate();
    } catch (error) {
      this.logger.error(`reminders: ${String(error)}`);
      return 0;
    }
  }

  /** True once the processor's read model includes the event at `position`. */
  waitForPosition(position: Position, timeoutMs = 5000): Promise<boolean> {
    return this.runner.waitForPosition(position, timeoutMs);
  }

  /** For operators: how far the processor has read, whether e-mail is on, and how many notifications stand in each state. */
  status() {
    const counts = this.db.prepare('SELECT channel, state, COUNT(*) AS n FROM notifications GROUP BY channel, state ORDER BY channel, state').all() as {
      channel: string;
      state: string;
      n: bigint;
    }[];
    const runner = this.runner.status();
    return {
      email: this.mail ? 'on' : 'off (SMTP_URL not set)',
      checkpoint: runner.checkpoint,
      caughtUp: runner.caughtUp,
      lastError: runner.lastError,
      notifications: counts.map((row) => ({ channel: row.channel, state: row.state, count: Number(row.n) })),
    };
  }

  get checkpoint(): Position | null {
    return this.runner.checkpoint;
  }

  async onModuleDestroy(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await this.dispatcher?.stop();
    await this.runner.stop();
    this.readModel.close();
    await this.mail?.close();
  }
}
