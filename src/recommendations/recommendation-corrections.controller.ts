import { Body, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { CommandRoute, Sent } from '../http/command-route';
import { CorrectEffectiveDate, CorrectEffectiveDateDto } from './commands/correct-effective-date';

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
}
