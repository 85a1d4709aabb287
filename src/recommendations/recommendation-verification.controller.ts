import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { DisputeImplementation } from './commands/dispute-implementation';
import { VerifyImplementation } from './commands/verify-implementation';
import { DisputeImplementationDto } from './dto/dispute-implementation.dto';
import { VerifyImplementationDto } from './dto/verify-implementation.dto';
import { sendCommand } from './send-command';

/** What a donor funding the forum does with a claimed implementation (or a coordinator). */
@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('recommendations')
export class RecommendationVerificationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/verify')
  @HttpCode(200)
  @Roles('coordinator', 'donor')
  @ApiOperation({ summary: 'Verify a claimed implementation' })
  verify(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: VerifyImplementationDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new VerifyImplementation(id, body.note ?? null, context));
  }

  @Post(':id/dispute')
  @HttpCode(200)
  @Roles('coordinator', 'donor')
  @ApiOperation({ summary: 'Dispute a claimed implementation, with a reason: the work reopens' })
  dispute(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DisputeImplementationDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return sendCommand(this.commands, { actor, request, response, body }, (context) => new DisputeImplementation(id, body.reason, context));
  }
}
