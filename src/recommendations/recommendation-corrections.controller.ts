import { Body, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { CommandRoute, Sent } from '../http/command-route';
import { CorrectEffectiveDate, CorrectEffectiveDateDto } from './commands/correct-effective-date';
import { CorrectRecommendation, CorrectRecommendationDto } from './commands/correct-recommendation';

/** Putting history right without overwriting it: a correction is an event of its own. */
@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('recommendations')
export class RecommendationCorrectionsController {
  constructor(private readonly commands: CommandBus) {}

  @CommandRoute(
    ':id/effective-date-corrections',
    ['coordinator'],
    'Correct the effective time of an earlier event entered wrongly (it must stay between its neighbours)',
  )
  correct(@Param('id', ParseUUIDPipe) id: string, @Body() body: CorrectEffectiveDateDto, @Sent('without effectiveAt') context: CommandContext) {
    return this.commands.execute(new CorrectEffectiveDate(id, body, context));
  }

  @CommandRoute(
    ':id/corrections/content',
    ['coordinator'],
    'Correct the text, themes, priority, target regions or country, or who made it (only the fields that change are recorded, with what they were)',
  )
  correctContent(@Param('id', ParseUUIDPipe) id: string, @Body() body: CorrectRecommendationDto, @Sent('without effectiveAt') context: CommandContext) {
    return this.commands.execute(new CorrectRecommendation(id, body, context));
  }
}
