import { Body, Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../http/auth.decorators';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { etagOf } from '../http/command-context';
import { CommandRoute, Sent } from '../http/command-route';
import type { Principal } from '../kernel/principal';
import { AssignRecommendation, AssignRecommendationDto } from './commands/assign-recommendation';
import { ChangeDueDate, ChangeDueDateDto } from './commands/change-due-date';
import { ReassignRecommendation, ReassignRecommendationDto } from './commands/reassign-recommendation';
import { WithdrawRecommendation } from './commands/withdraw-recommendation';
import { ReasonDto } from './dto/reason.dto';
import { ListRecommendationsDto } from './dto/list-recommendations.dto';
import { GetRecommendation } from './queries/get-recommendation';
import { GetStatusHistory } from './queries/get-status-history';
import { ListRecommendations, regionsWithin } from './queries/list-recommendations';
import { TagVocabularies } from './tag-vocabularies';
import { ReadModelQueryDto } from '../kernel/read-model-query.dto';

/** Reading a recommendation, and what only coordinators do to it. */
@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('recommendations')
export class RecommendationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly vocabularies: TagVocabularies,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Recommendations: filter, search, sort, paginate; status-based filters as of a date' })
  list(@Query() { minPosition, region, ...filter }: ListRecommendationsDto, @Actor() actor: Principal) {
    const regions = region === undefined ? {} : { region: regionsWithin(region, this.vocabularies.terms('regions')) };
    return this.queries.execute(new ListRecommendations({ ...filter, ...regions }, actor, minPosition));
  }

  @Get(':id/status-history')
  @ApiOperation({ summary: 'Every transition of one recommendation, with effective and recorded time; with asOf, as known then' })
  history(@Param('id', ParseUUIDPipe) id: string, @Query() query: ReadModelQueryDto, @Actor() actor: Principal) {
    return this.queries.execute(new GetStatusHistory(id, actor, query.asOf, query.minPosition));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One recommendation with its full event history (donors: only of forums they fund); the ETag is its revision' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Actor() actor: Principal, @Res({ passthrough: true }) response: FastifyReply) {
    const view = await this.queries.execute(new GetRecommendation(id, actor));
    response.header('ETag', etagOf(view.revision));
    return { ...view, revision: view.revision.toString() };
  }

  @CommandRoute(':id/assign', ['coordinator'], 'Assign a proposed recommendation to a responsible organisation, with a due date')
  assign(@Param('id', ParseUUIDPipe) id: string, @Body() body: AssignRecommendationDto, @Sent() context: CommandContext) {
    return this.commands.execute(new AssignRecommendation(id, body, context));
  }

  @CommandRoute(':id/due-date', ['coordinator'], 'Change the due date, with a reason')
  changeDueDate(@Param('id', ParseUUIDPipe) id: string, @Body() body: ChangeDueDateDto, @Sent() context: CommandContext) {
    return this.commands.execute(new ChangeDueDate(id, body, context));
  }

  @CommandRoute(':id/reassign', ['coordinator'], 'Reassign to another organisation, with a reason (and optionally a new due date)')
  reassign(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReassignRecommendationDto, @Sent() context: CommandContext) {
    return this.commands.execute(new ReassignRecommendation(id, body, context));
  }

  @CommandRoute(':id/withdraw', ['coordinator'], 'Withdraw the recommendation, with a reason')
  withdraw(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReasonDto, @Sent() context: CommandContext) {
    return this.commands.execute(new WithdrawRecommendation(id, body, context));
  }
}
