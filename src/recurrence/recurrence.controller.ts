import { Body, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { Actor, Roles } from '../http/auth.decorators';
import { CommandRoute, Sent } from '../http/command-route';
import type { Principal } from '../kernel/principal';
import { LinksQueryDto } from './dto/links-query.dto';
import { LinkRepeat } from './commands/link-repeat';
import { UnlinkRepeat } from './commands/unlink-repeat';
import { LinkRepeatDto } from './dto/repeat.dto';
import { RecurringRecommendations } from './recurring-recommendations';

/** Coordinators link a recommendation to an earlier one it repeats; everyone reads the clusters they may see. */
@ApiTags('recurrence')
@ApiBearerAuth()
@Controller()
export class RecurrenceController {
  constructor(
    private readonly commands: CommandBus,
    private readonly recurring: RecurringRecommendations,
  ) {}

  @CommandRoute('recommendations/:id/repeats', ['coordinator'], 'Link a recommendation to an earlier one (of an earlier forum) it repeats')
  link(@Param('id', ParseUUIDPipe) id: string, @Body() body: LinkRepeatDto, @Sent() context: CommandContext) {
    return this.commands.execute(new LinkRepeat(id, body.earlierId, context));
  }

  @CommandRoute('recommendations/:id/repeats/:earlierId/unlink', ['coordinator'], 'Take back the link between a recommendation and an earlier one')
  unlink(@Param('id', ParseUUIDPipe) id: string, @Param('earlierId', ParseUUIDPipe) earlierId: string, @Sent() context: CommandContext) {
    return this.commands.execute(new UnlinkRepeat(id, earlierId, context));
  }

  @Get('recommendations/:id/repeats')
  @Roles('coordinator')
  @ApiOperation({ summary: 'The earlier recommendations this one is linked as repeating' })
  async linked(@Param('id', ParseUUIDPipe) id: string, @Query() query: LinksQueryDto, @Actor() reader: Principal) {
    return { recommendationId: id, earlier: await this.recurring.linkedEarlier(id, reader, query.minPosition) };
  }

  @Get('recommendations/:id/repeat-suggestions')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Likely repeats: the five most similar recommendations of other, earlier forums, not yet linked' })
  suggestions(@Param('id', ParseUUIDPipe) id: string, @Query() query: LinksQueryDto, @Actor() reader: Principal) {
    return this.recurring.suggestions(id, reader, query.minPosition);
  }

  @Get('recurrence/clusters')
  @ApiOperation({ summary: 'Recommendations made again and again: each cluster of linked ones, first made when, how often, where (donors: their forums only)' })
  clusters(@Query() query: LinksQueryDto, @Actor() reader: Principal) {
    return this.recurring.clusters(reader, query.minPosition);
  }
}
