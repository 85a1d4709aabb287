import { Body, Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { etagOf } from '../http/command-context';
import { CommandRoute, Sent } from '../http/command-route';
import { ChangeOrganisationKind, ChangeOrganisationKindDto } from './commands/change-organisation-kind';
import { DeactivateOrganisation } from './commands/deactivate-organisation';
import { RegisterOrganisation } from './commands/register-organisation';
import { RenameOrganisation } from './commands/rename-organisation';
import { DeactivateOrganisationDto } from './dto/deactivate-organisation.dto';
import { RegisterOrganisationDto } from './dto/register-organisation.dto';
import { RenameOrganisationDto } from './dto/rename-organisation.dto';
import { ListOrganisationsDto } from './dto/list-organisations.dto';
import { GetOrganisation } from './queries/get-organisation';
import { ListOrganisations } from './queries/list-organisations';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @CommandRoute(
    '',
    ['coordinator'],
    'Register an organisation (ministry, committee, NGO, donor, ...); a name already registered, but for case, spaces or quotes, is refused',
    { status: 201 },
  )
  register(@Body() body: RegisterOrganisationDto, @Sent('without effectiveAt') context: CommandContext) {
    return this.commands.execute(new RegisterOrganisation(body, context));
  }

  @CommandRoute(':id/rename', ['coordinator'], 'Rename an organisation')
  rename(@Param('id', ParseUUIDPipe) id: string, @Body() body: RenameOrganisationDto, @Sent('without effectiveAt') context: CommandContext) {
    return this.commands.execute(new RenameOrganisation(id, body.name, context));
  }

  @CommandRoute(':id/deactivate', ['coordinator'], 'Deactivate an organisation: nothing new can be assigned to it')
  deactivate(@Param('id', ParseUUIDPipe) id: string, @Body() body: DeactivateOrganisationDto, @Sent('without effectiveAt') context: CommandContext) {
    return this.commands.execute(new DeactivateOrganisation(id, body.reason, context));
  }

  @CommandRoute(':id/kind', ['coordinator'], 'Change the kind an organisation was registered with (any kind may become a donor; a donor stays one)')
  changeKind(@Param('id', ParseUUIDPipe) id: string, @Body() body: ChangeOrganisationKindDto, @Sent('without effectiveAt') context: CommandContext) {
    return this.commands.execute(new ChangeOrganisationKind(id, body, context));
  }

  @Get()
  @ApiOperation({ summary: 'Registered organisations by name: filter by kind, active, words in the name; paginate' })
  list(@Query() { minPosition, ...filter }: ListOrganisationsDto) {
    return this.queries.execute(new ListOrganisations(filter, minPosition));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One organisation with its full event history; the ETag is its revision' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: FastifyReply) {
    const view = await this.queries.execute(new GetOrganisation(id));
    response.header('ETag', etagOf(view.revision));
    return { ...view, revision: view.revision.toString() };
  }
}
