import { Body, Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { CommandRoute, Sent } from '../http/command-route';
import { DisputeImplementation, DisputeImplementationDto } from './commands/dispute-implementation';
import { VerifyImplementation, VerifyImplementationDto } from './commands/verify-implementation';

/** What a donor funding the forum does with a claimed implementation (or a coordinator). */
@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('recommendations')
export class RecommendationVerificationController {
  constructor(private readonly commands: CommandBus) {}

  @CommandRoute(':id/verify', ['coordinator', 'donor'], 'Verify a claimed implementation')
  verify(@Param('id', ParseUUIDPipe) id: string, @Body() body: VerifyImplementationDto, @Sent() context: CommandContext) {
    return this.commands.execute(new VerifyImplementation(id, body, context));
  }

  @CommandRoute(':id/dispute', ['coordinator', 'donor'], 'Dispute a claimed implementation, with a reason: the work reopens')
  dispute(@Param('id', ParseUUIDPipe) id: string, @Body() body: DisputeImplementationDto, @Sent() context: CommandContext) {
    return this.commands.execute(new DisputeImplementation(id, body, context));
  }
}
