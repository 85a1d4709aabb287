import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ProposeRecommendation } from './commands/propose-recommendation';
import { ProposeRecommendationDto } from './dto/propose-recommendation.dto';
import { sendCommand } from './send-command';

@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('forums/:forumId/recommendations')
export class ForumRecommendationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Propose a recommendation made at this forum' })
  propose(
    @Param('forumId', ParseUUIDPipe) forumId: string,
    @Body() body: ProposeRecommendationDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { text, themes, priority } = body;
    const proposal = { text, themes, targetRegions: body.targetRegions ?? [], priority };
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new ProposeRecommendation(forumId, proposal, context));
  }
}
