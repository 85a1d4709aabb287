import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Roles } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { answerCommand, commandContextFrom, etagOf } from '../http/command-context';
import { CorrectForumDetails } from './commands/correct-forum-details';
import { RecordForum } from './commands/record-forum';
import { CorrectForumDetailsDto, toForumChanges } from './dto/correct-forum-details.dto';
import { RecordForumDto, toForumDetails } from './dto/record-forum.dto';
import { effectiveAtOf } from '../kernel/validation';
import { GetForum } from './queries/get-forum';

@ApiTags('forums')
@ApiBearerAuth()
@Controller('forums')
export class ForumsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Record a forum (conference, roundtable, national forum, study tour, ...)' })
  async record(@Body() body: RecordForumDto, @Actor() actor: Principal, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const context = commandContextFrom(request, actor, effectiveAtOf(body));
    const result = await this.commands.execute(new RecordForum(toForumDetails(body), context));
    return answerCommand(response, result);
  }

  @Post(':id/corrections')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: "Correct any of a forum's details, with a reason" })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CorrectForumDetailsDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const context = commandContextFrom(request, actor, effectiveAtOf(body));
    const result = await this.commands.execute(new CorrectForumDetails(id, toForumChanges(body), body.reason, context));
    return answerCommand(response, result);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One forum with its full event history (donors: only forums they fund); the ETag is its revision' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Actor() actor: Principal, @Res({ passthrough: true }) response: Response) {
    const view = await this.queries.execute(new GetForum(id, actor));
    response.setHeader('ETag', etagOf(view.revision));
    return { ...view, revision: view.revision.toString() };
  }
}
