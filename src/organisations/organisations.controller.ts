import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Roles } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { answerCommand, commandContextFrom, etagOf } from '../http/command-context';
import { DeactivateOrganisation } from './commands/deactivate-organisation';
import { RegisterOrganisation } from './commands/register-organisation';
import { RenameOrganisation } from './commands/rename-organisation';
import { DeactivateOrganisationDto } from './dto/deactivate-organisation.dto';
import { RegisterOrganisationDto } from './dto/register-organisation.dto';
import { RenameOrganisationDto } from './dto/rename-organisation.dto';
import { GetOrganisation } from './queries/get-organisation';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Register an organisation (ministry, committee, NGO, donor, ...)' })
  async register(@Body() body: RegisterOrganisationDto, @Actor() actor: Principal, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const result = await this.commands.execute(new RegisterOrganisation(body, commandContextFrom(request, actor)));
    return answerCommand(response, result);
  }

  @Post(':id/rename')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Rename an organisation' })
  async rename(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RenameOrganisationDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.commands.execute(new RenameOrganisation(id, body.name, commandContextFrom(request, actor)));
    return answerCommand(response, result);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Deactivate an organisation: nothing new can be assigned to it' })
  async deactivate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DeactivateOrganisationDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const context = commandContextFrom(request, actor);
    const result = await this.commands.execute(new DeactivateOrganisation(id, body.reason, context));
    return answerCommand(response, result);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One organisation with its full event history; the ETag is its revision' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: Response) {
    const view = await this.queries.execute(new GetOrganisation(id));
    response.setHeader('ETag', etagOf(view.revision));
    return { ...view, revision: view.revision.toString() };
  }
}
