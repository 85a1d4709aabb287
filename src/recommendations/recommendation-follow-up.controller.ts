import { Body, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { CommandRoute, Sent } from '../http/command-route';
import { AcceptRecommendation, AcceptRecommendationDto } from './commands/accept-recommendation';
import { DeclineRecommendation } from './commands/decline-recommendation';
import { MarkImplementedDto, MarkRecommendationImplemented } from './commands/mark-recommendation-implemented';
import { ReportProgress, ReportProgressDto } from './commands/report-progress';
import { StartWorkDto, StartWorkOnRecommendation } from './commands/start-work-on-recommendation';
import { ReasonDto } from './dto/reason.dto';

const RESPONSIBLE = ['coordinator', 'stakeholder'] as const;

/** What the responsible organisation does (or a coordinator for it). */
@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('recommendations')
export class RecommendationFollowUpController {
  constructor(private readonly commands: CommandBus) {}

  @CommandRoute(':id/accept', [...RESPONSIBLE], 'Accept an assigned recommendation (the responsible organisation)')
  accept(@Param('id', ParseUUIDPipe) id: string, @Body() _body: AcceptRecommendationDto, @Sent() context: CommandContext) {
    return this.commands.execute(new AcceptRecommendation(id, context));
  }

  @CommandRoute(':id/decline', [...RESPONSIBLE], 'Decline an assignment, with a reason: it goes back to the coordinator')
  decline(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReasonDto, @Sent() context: CommandContext) {
    return this.commands.execute(new DeclineRecommendation(id, body, context));
  }

  @CommandRoute(':id/start', [...RESPONSIBLE], 'Start work on an accepted recommendation')
  start(@Param('id', ParseUUIDPipe) id: string, @Body() _body: StartWorkDto, @Sent() context: CommandContext) {
    return this.commands.execute(new StartWorkOnRecommendation(id, context));
  }

  @CommandRoute(':id/progress', [...RESPONSIBLE], 'Report progress with evidence (on an accepted recommendation this also starts the work)')
  reportProgress(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReportProgressDto, @Sent() context: CommandContext) {
    return this.commands.execute(new ReportProgress(id, body, context));
  }

  @CommandRoute(':id/implemented', [...RESPONSIBLE], 'Mark the recommendation implemented, with a summary and evidence')
  markImplemented(@Param('id', ParseUUIDPipe) id: string, @Body() body: MarkImplementedDto, @Sent() context: CommandContext) {
    return this.commands.execute(new MarkRecommendationImplemented(id, body, context));
  }
}
