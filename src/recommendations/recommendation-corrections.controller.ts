import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { answerCommand, commandContextFrom } from '../http/command-context';
import { CorrectEffectiveDate } from './commands/correct-effective-date';
import { CorrectEffectiveDateDto } from './dto/correct-effective-date.dto';

/** Putting history right without overwriting it: a correction is an event of its own. */
@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('recommendations')
export class RecommendationCorrectionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/effective-date-corrections')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Correct the effective time of an earlier event entered wrongly (it must stay between its neighbours)' })
  async correct(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CorrectEffectiveDateDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const context = commandContextFrom(request, actor);
    const effectiveAt = new Date(body.effectiveAt).toISOString();
    const result = await this.commands.execute(new CorrectEffectiveDate(id, { revision: body.revision, effectiveAt, reason: body.reason }, context));
    return answerCommand(response, result);
  }
}
