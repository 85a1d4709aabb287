import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { AcceptRecommendation } from './commands/accept-recommendation';
import { DeclineRecommendation } from './commands/decline-recommendation';
import { MarkRecommendationImplemented } from './commands/mark-recommendation-implemented';
import { ReportProgress } from './commands/report-progress';
import { StartWorkOnRecommendation } from './commands/start-work-on-recommendation';
import { AcceptRecommendationDto } from './dto/accept-recommendation.dto';
import { DeclineRecommendationDto } from './dto/decline-recommendation.dto';
import { toEvidence } from './dto/evidence.dto';
import { MarkImplementedDto } from './dto/mark-implemented.dto';
import { ReportProgressDto } from './dto/report-progress.dto';
import { StartWorkDto } from './dto/start-work.dto';
import { sendCommand } from './send-command';

/** What the responsible organisation does (or a coordinator for it). */
@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('recommendations')
export class RecommendationFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('coordinator', 'stakeholder')
  @ApiOperation({ summary: 'Accept an assigned recommendation (the responsible organisation)' })
  accept(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AcceptRecommendationDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new AcceptRecommendation(id, context));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles('coordinator', 'stakeholder')
  @ApiOperation({ summary: 'Decline an assignment, with a reason: it goes back to the coordinator' })
  decline(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DeclineRecommendationDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new DeclineRecommendation(id, body.reason, context));
  }

  @Post(':id/start')
  @HttpCode(200)
  @Roles('coordinator', 'stakeholder')
  @ApiOperation({ summary: 'Start work on an accepted recommendation' })
  start(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StartWorkDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new StartWorkOnRecommendation(id, context));
  }

  @Post(':id/progress')
  @HttpCode(200)
  @Roles('coordinator', 'stakeholder')
  @ApiOperation({ summary: 'Report progress with evidence (on an accepted recommendation this also starts the work)' })
  reportProgress(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReportProgressDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const evidence = (body.evidence ?? []).map(toEvidence);
    const report = { note: body.note, evidence, percentComplete: body.percentComplete ?? null };
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new ReportProgress(id, report, context));
  }

  @Post(':id/implemented')
  @HttpCode(200)
  @Roles('coordinator', 'stakeholder')
  @ApiOperation({ summary: 'Mark the recommendation implemented, with a summary and evidence' })
  markImplemented(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MarkImplementedDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const evidence = body.evidence.map(toEvidence);
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new MarkRecommendationImplemented(id, body.summary, evidence, context));
  }
}
