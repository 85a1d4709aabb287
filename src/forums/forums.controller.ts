import { Body, Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { Actor } from '../http/auth.decorators';
import { etagOf } from '../http/command-context';
import { CommandRoute, Sent } from '../http/command-route';
import type { Principal } from '../kernel/principal';
import { CorrectForumDetails } from './commands/correct-forum-details';
import { RecordForum } from './commands/record-forum';
import { CorrectForumDetailsDto, toForumChanges } from './dto/correct-forum-details.dto';
import { RecordForumDto, toForumDetails } from './dto/record-forum.dto';
import { ReadModelQueryDto } from '../kernel/read-model-query.dto';
import { GetForum } from './queries/get-forum';
import { ListForums } from './queries/list-forums';

@ApiTags('forums')
@ApiBearerAuth()
@Controller('forums')
export class ForumsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @CommandRoute('', ['coordinator'], 'Record a forum (conference, roundtable, national forum, study tour, ...)', { status: 201 })
  record(@Body() body: RecordForumDto, @Sent() context: CommandContext) {
    return this.commands.execute(new RecordForum(toForumDetails(body), context));
  }

  @CommandRoute(':id/corrections', ['coordinator'], "Correct any of a forum's details, with a reason")
  correct(@Param('id', ParseUUIDPipe) id: string, @Body() body: CorrectForumDetailsDto, @Sent() context: CommandContext) {
    return this.commands.execute(new CorrectForumDetails(id, toForumChanges(body), body.reason, context));
  }

  @Get()
  @ApiOperation({ summary: 'The forums recorded, newest first, with how many recommendations each made (donors: only forums they fund)' })
  list(@Query() query: ReadModelQueryDto, @Actor() actor: Principal) {
    const { asOf, donorId, minPosition } = query;
    return this.queries.execute(new ListForums(actor, { asOf, donorId }, minPosition));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One forum with its full event history (donors: only forums they fund); the ETag is its revision' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Actor() actor: Principal, @Res({ passthrough: true }) response: FastifyReply) {
    const view = await this.queries.execute(new GetForum(id, actor));
    response.header('ETag', etagOf(view.revision));
    return { ...view, revision: view.revision.toString() };
  }
}
