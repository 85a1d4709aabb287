import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Roles } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { AggregateNotFound } from '../kernel/domain-errors';
import { eventIdFor } from '../event-sourcing/event-ids';
import { EventStore, Position } from '../event-store/event-store.port';
import { GetRecommendation } from '../recommendations/queries/get-recommendation';
import { ListNotificationsDto } from './dto/list-notifications.dto';
import { NotificationPreferencesDto } from './dto/notification-preferences.dto';
import { NotificationsAboutDto } from './dto/notifications-about.dto';
import { inboxOf, notificationsAbout, rejectedAddresses, unreadCount } from './inbox.query';
import { streamOf } from './notification-key';
import { NotificationEventTypes as T } from './notification.events';
import { NotificationsService } from './notifications.service';
import { choosePreferences, preferencesOf } from './preferences';

interface UnreadRow {
  notification_id: string;
  revision: bigint;
  read_at: string | null;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly store: EventStore,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Your in-app notifications, newest first' })
  list(@Query() query: ListNotificationsDto, @Actor() actor: Principal) {
    return inboxOf(this.notifications.db, actor.accountId, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of your in-app notifications are unread' })
  unread(@Actor() actor: Principal) {
    return { unread: unreadCount(this.notifications.db, actor.accountId) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your notifications read (again is no change)' })
  async markRead(@Param('id', ParseUUIDPipe) id: string, @Actor() actor: Principal) {
    const row = this.notifications.db
      .prepare(
        `SELECT notification_id, revision, read_at FROM notifications WHERE notification_id = ? AND recipient_account_id = ? AND channel = 'in-app' AND state = 'recorded'`,
      )
      .get(id, actor.accountId) as UnreadRow | undefined;
    if (!row) throw new AggregateNotFound('notification', id);
    if (row.read_at === null) await this.notifications.waitForPosition(await this.appendRead(row, actor));
    return { id, read: true, unread: unreadCount(this.notifications.db, actor.accountId) };
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all your unread notifications read (each one gets its NotificationRead)' })
  async markAllRead(@Actor() actor: Principal) {
    const rows = this.notifications.db
      .prepare(
        `SELECT notification_id, revision, read_at FROM notifications
         WHERE recipient_account_id = ? AND channel = 'in-app' AND state = 'recorded' AND read_at IS NULL ORDER BY seq`,
      )
      .all(actor.accountId) as UnreadRow[];
    let last: Position | null = null;
    for (const row of rows) last = await this.appendRead(row, actor);
    if (last) await this.notifications.waitForPosition(last);
    return { marked: rows.length, unread: unreadCount(this.notifications.db, actor.accountId) };
  }

  /** `NotificationRead` at the revision the stream is known to be at; the same event id from a retry is one event. */
  private async appendRead(row: UnreadRow, actor: Principal): Promise<Position> {
    const stream = streamOf(row.notification_id);
    const event = {
      id: eventIdFor(`${stream}:read`, stream, Number(row.revision) + 1),
      type: T.read,
      data: { notificationId: row.notification_id, recipientAccountId: actor.accountId },
      metadata: { actor, recordedAt: new Date().toISOString() },
    };
    return (await this.store.appendToStream(stream, [event], row.revision)).position;
  }

  @Get('preferences')
  @ApiOperation({ summary: 'Which kinds you get by e-mail, and whether at once or in a daily digest' })
  preferences(@Actor() actor: Principal) {
    return preferencesOf(this.notifications.db, actor.accountId);
  }

  @Put('preferences')
  @ApiOperation({ summary: 'Choose which kinds are e-mailed to you, and how' })
  async choose(@Body() body: NotificationPreferencesDto, @Actor() actor: Principal) {
    const position = await choosePreferences(this.store, { accountId: actor.accountId, mutedKinds: body.mutedKinds, delivery: body.delivery }, { actor });
    await this.notifications.waitForPosition(position);
    return preferencesOf(this.notifications.db, actor.accountId);
  }

  @Get('audit')
  @Roles('coordinator', 'donor')
  @ApiOperation({ summary: 'Who was notified of what about a recommendation, by which channel, and how it went' })
  async audit(@Query() query: NotificationsAboutDto, @Actor() actor: Principal) {
    // A donor learns only about recommendations of forums it funds (else 404, as for the recommendation itself).
    if (actor.role === 'donor') await this.queries.execute(new GetRecommendation(query.recommendationId, actor));
    return { items: notificationsAbout(this.notifications.db, query.recommendationId) };
  }

  @Get('status')
  @Roles('coordinator')
  @ApiOperation({ summary: 'The notification processor: its checkpoint, whether e-mail is on, notifications by channel and state' })
  status() {
    return this.notifications.status();
  }

  @Get('rejected-addresses')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Accounts whose e-mail address a mail relay refused for good' })
  rejected() {
    return { items: rejectedAddresses(this.notifications.db) };
  }
}
