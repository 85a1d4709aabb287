import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { etagOf } from '../http/command-context';
import { AssignRecommendation } from './commands/assign-recommendation';
import { ChangeDueDate } from './commands/change-due-date';
import { ReassignRecommendation } from './commands/reassign-recommendation';
import { WithdrawRecommendation } from './commands/withdraw-recommendation';
import { AssignRecommendationDto } from './dto/assign-recommendation.dto';
import { ChangeDueDateDto } from './dto/change-due-date.dto';
import { ReassignRecommendationDto } from './dto/reassign-recommendation.dto';
import { WithdrawRecommendationDto } from './dto/withdraw-recommendation.dto';
import { GetRecommendation } from './queries/get-recommendation';
import { sendCommand } from './send-command';

/** Reading a recommendation, and what only coordinators do to it. */
@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('recommendations')
export class RecommendationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One recommendation with its full event history (donors: only of forums they fund); the ETag is its revision' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Actor() actor: Principal, @Res({ passthrough: true }) response: Response) {
    const view = await this.queries.execute(new GetRecommendation(id, actor));
    response.setHeader('ETag', etagOf(view.revision));
    return { ...view, revision: view.revision.toString() };
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Assign a proposed recommendation to a responsible organisation, with a due date' })
  assign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignRecommendationDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { responsibleOrganisationId, dueDate } = body;
    const supportingOrganisationIds = body.supportingOrganisationIds ?? [];
    const assignment = { responsibleOrganisationId, supportingOrganisationIds, dueDate };
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new AssignRecommendation(id, assignment, context));
  }

  @Post(':id/due-date')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Change the due date, with a reason' })
  changeDueDate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangeDueDateDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new ChangeDueDate(id, body.dueDate, body.reason, context));
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Reassign to another organisation, with a reason (and optionally a new due date)' })
  reassign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReassignRecommendationDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { responsibleOrganisationId, reason } = body;
    const reassignment = { responsibleOrganisationId, dueDate: body.dueDate ?? null, reason };
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new ReassignRecommendation(id, reassignment, context));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Withdraw the recommendation, with a reason' })
  withdraw(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: WithdrawRecommendationDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new WithdrawRecommendation(id, body.reason, context));
  }
}
