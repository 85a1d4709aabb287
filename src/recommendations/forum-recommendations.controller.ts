import { Body, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { CommandRoute, Sent } from '../http/command-route';
import { ProposeRecommendation, ProposeRecommendationDto } from './commands/propose-recommendation';

@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('forums/:forumId/recommendations')
export class ForumRecommendationsController {
  constructor(private readonly commands: CommandBus) {}

  @CommandRoute('', ['coordinator'], 'Propose a recommendation made at this forum', { status: 201 })
  propose(@Param('forumId', ParseUUIDPipe) forumId: string, @Body() body: ProposeRecommendationDto, @Sent() context: CommandContext) {
    return this.commands.execute(new ProposeRecommendation(forumId, body, context));
  }
}
