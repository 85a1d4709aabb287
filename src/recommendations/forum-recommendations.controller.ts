import { Body, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { CommandRoute, Sent } from '../http/command-route';
import { ProposeRecommendationDto, proposeRecommendation } from './commands/propose-recommendation';
import { onRecommendation } from './recommendation-command';

@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('forums/:forumId/recommendations')
export class ForumRecommendationsController {
  constructor(private readonly commands: CommandBus) {}

  @CommandRoute('', ['coordinator'], 'Propose a recommendation made at this forum', 201)
  propose(@Param('forumId', ParseUUIDPipe) forumId: string, @Body() body: ProposeRecommendationDto, @Sent() context: CommandContext) {
    return this.commands.execute(onRecommendation(proposeRecommendation(forumId, body, context), context));
  }
}
