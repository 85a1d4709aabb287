import { Body, Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { Roles } from '../http/auth.decorators';
import { etagOf } from '../http/command-context';
import { CommandRoute, Sent } from '../http/command-route';
import { PublishForum } from './commands/publish-forum';
import { UnpublishForum } from './commands/unpublish-forum';
import { PublishForumDto, UnpublishForumDto } from './dto/publication.dto';
import { DEFAULT_LICENCE } from './publication.events';
import { GetPublication } from './queries/get-publication';

/** Coordinators put a forum on the public portal (and in the open data) and take it off. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller('forums')
export class PublicationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @CommandRoute(':id/publication', ['coordinator'], 'Publish a forum on the public portal and as open data, under a licence (default CC-BY-4.0)')
  publish(@Param('id', ParseUUIDPipe) id: string, @Body() body: PublishForumDto, @Sent() context: CommandContext) {
    return this.commands.execute(new PublishForum(id, body.licence ?? DEFAULT_LICENCE, context));
  }

  @CommandRoute(':id/publication/unpublish', ['coordinator'], 'Take a forum off the public portal and out of the open data, with a reason or none')
  unpublish(@Param('id', ParseUUIDPipe) id: string, @Body() body: UnpublishForumDto, @Sent() context: CommandContext) {
    return this.commands.execute(new UnpublishForum(id, body.reason ?? null, context));
  }

  @Get(':id/publication')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Whether the forum is published, and under which licence; the ETag is the publication revision' })
  async get(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: FastifyReply) {
    const view = await this.queries.execute(new GetPublication(id));
    response.header('ETag', etagOf(view.revision));
    return { ...view, revision: view.revision.toString() };
  }
}
