import { Body, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { CommandRoute, Sent } from '../http/command-route';
import { disputeImplementation } from './commands/dispute-implementation';
import { VerifyImplementationDto, verifyImplementation } from './commands/verify-implementation';
import { ReasonDto } from './dto/reason.dto';
import { onRecommendation } from './recommendation-command';

/** What a donor funding the forum does with a claimed implementation (or a coordinator). */
@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('recommendations')
export class RecommendationVerificationController {
  constructor(private readonly commands: CommandBus) {}

  @CommandRoute(':id/verify', ['coordinator', 'donor'], 'Verify a claimed implementation')
  verify(@Param('id', ParseUUIDPipe) id: string, @Body() body: VerifyImplementationDto, @Sent() context: CommandContext) {
    return this.commands.execute(onRecommendation(verifyImplementation(id, body), context));
  }

  @CommandRoute(':id/dispute', ['coordinator', 'donor'], 'Dispute a claimed implementation, with a reason: the work reopens')
  dispute(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReasonDto, @Sent() context: CommandContext) {
    return this.commands.execute(onRecommendation(disputeImplementation(id, body), context));
  }
}
