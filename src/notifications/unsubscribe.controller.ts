import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../http/auth.decorators';
import { RuleViolated } from '../kernel/domain-errors';
import { EventStore } from '../event-store/event-store.port';
import { UnsubscribeDto } from './dto/unsubscribe.dto';
import { NOTIFICATION_KINDS } from './notification-kinds';
import { NotificationsService } from './notifications.service';
import { choosePreferences, preferencesOf } from './preferences';
import { readUnsubscribeToken } from './unsubscribe-token';

/** The link in every e-mail: GET shows a button (so a mail scanner opening links mutes nothing), POST mutes (RFC 8058 one-click). */
@ApiTags('notifications')
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly store: EventStore,
  ) {}

  @Get()
  @Public()
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The page the unsubscribe link opens' })
  page(@Query() query: UnsubscribeDto) {
    this.read(query.token);
    const token = query.token.replace(/[^A-Za-z0-9._-]/g, '');
    return `<!doctype html><html><body><form method="post" action="?token=${token}"><input type="hidden" name="token" value="${token}"><button>Unsubscribe / Отписаться / Қатъ кардан</button></form></body></html>`;
  }

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop e-mails of one kind (the token comes from the link)' })
  async unsubscribe(@Query() query: UnsubscribeDto, @Body() _body: unknown) {
    const { accountId, kind } = this.read(query.token);
    const current = preferencesOf(this.notifications.db, accountId);
    const adding = kind === 'all' ? [...NOTIFICATION_KINDS] : [kind];
    const mutedKinds = [...current.mutedKinds, ...adding.filter((k) => !current.mutedKinds.includes(k))];
    const position = await choosePreferences(this.store, { accountId, mutedKinds, delivery: current.delivery }, { via: 'unsubscribe link' });
    await this.notifications.waitForPosition(position);
    return { accountId, unsubscribedFrom: kind, mutedKinds };
  }

  private read(token: string) {
    const read = readUnsubscribeToken(this.notifications.secret, token);
    if (!read) throw new RuleViolated('token', 'the unsubscribe link is not valid (it may have been cut short)', 'UnsubscribeLinkNotValid');
    return read;
  }
}
