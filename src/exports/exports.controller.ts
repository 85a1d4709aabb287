import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { ExportOrganisationsDto } from './dto/export-organisations.dto';
import { ExportForumsDto, ExportOverdueDto, ExportScorecardsDto } from './dto/export-read-model-list.dto';
import { ExportRecommendationsDto } from './dto/export-recommendations.dto';
import { type ExportRequest, exportFile } from './export-file';
import { chosenColumns, columnKeys, type ExportList } from './export-list';
import { ORGANISATIONS_EXPORT, organisationPages } from './lists/organisations.export';
import { FORUMS_EXPORT, OVERDUE_EXPORT, SCORECARDS_EXPORT, forumPages, overduePages, scorecardPages } from './lists/read-model.exports';
import { RECOMMENDATIONS_EXPORT, labelledTags, recommendationPages } from './lists/recommendations.export';
import { regionsWithin } from '../recommendations/queries/list-recommendations';
import { Vocabularies } from '../vocabularies/vocabularies';

const SPREADSHEETS = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** Every list of the web interface as CSV or XLSX: the whole filtered list, as its own query answers the caller. */
@ApiTags('exports')
@ApiBearerAuth()
@ApiProduces(...SPREADSHEETS)
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly vocabularies: Vocabularies,
  ) {}

  @Get()
  @ApiProduces('application/json')
  @ApiOperation({ summary: 'What each list exports: its columns, in order, and those written when none are chosen (what its page shows)' })
  lists(@Actor() _actor: Principal): Record<string, { columns: string[]; defaults: string[] }> {
    const described = [RECOMMENDATIONS_EXPORT, ORGANISATIONS_EXPORT, FORUMS_EXPORT, SCORECARDS_EXPORT, OVERDUE_EXPORT] as ExportList<never>[];
    return Object.fromEntries(described.map((list) => [list.name, { columns: columnKeys(list), defaults: list.defaults }]));
  }

  @Get('recommendations')
  @ApiOperation({ summary: 'The recommendations GET /recommendations lists with the same filters, every page' })
  async recommendations(@Query() query: ExportRecommendationsDto, @Actor() actor: Principal, @Res() reply: FastifyReply) {
    const { format, lang, columns, minPosition, region, ...filter } = query;
    const regions = region === undefined ? {} : { region: regionsWithin(region, this.vocabularies.terms('regions')) };
    await send(reply, {
      list: RECOMMENDATIONS_EXPORT,
      columns: chosenColumns(RECOMMENDATIONS_EXPORT, columns),
      format,
      language: lang,
      pages: labelledTags(recommendationPages(this.queries, { ...filter, ...regions }, actor, minPosition), this.vocabularies, lang),
    });
  }

  @Get('organisations')
  @ApiOperation({ summary: 'The organisations GET /organisations lists with the same filters, every page' })
  async organisations(@Query() query: ExportOrganisationsDto, @Actor() _actor: Principal, @Res() reply: FastifyReply) {
    const { format, lang, columns, minPosition, ...filter } = query;
    await send(reply, {
      list: ORGANISATIONS_EXPORT,
      columns: chosenColumns(ORGANISATIONS_EXPORT, columns),
      format,
      language: lang,
      pages: organisationPages(this.queries, filter, minPosition),
    });
  }

  @Get('forums')
  @ApiOperation({ summary: 'The forums GET /follow-through/forums lists, with the forums page search (q)' })
  async forums(@Query() query: ExportForumsDto, @Actor() actor: Principal, @Res() reply: FastifyReply) {
    const { format, lang, columns, ...options } = query;
    await send(reply, {
      list: FORUMS_EXPORT,
      columns: chosenColumns(FORUMS_EXPORT, columns),
      format,
      language: lang,
      pages: forumPages(this.queries, options, actor),
    });
  }

  @Get('scorecards')
  @ApiOperation({ summary: 'The scorecards GET /scorecards/organisations lists with the same filters' })
  async scorecards(@Query() query: ExportScorecardsDto, @Actor() actor: Principal, @Res() reply: FastifyReply) {
    const { format, lang, columns, ...options } = query;
    await send(reply, {
      list: SCORECARDS_EXPORT,
      columns: chosenColumns(SCORECARDS_EXPORT, columns),
      format,
      language: lang,
      pages: scorecardPages(this.queries, options, actor),
    });
  }

  @Get('overdue')
  @ApiOperation({ summary: 'The overdue commitments GET /overdue lists with the same filters' })
  async overdue(@Query() query: ExportOverdueDto, @Actor() actor: Principal, @Res() reply: FastifyReply) {
    const { format, lang, columns, ...options } = query;
    await send(reply, {
      list: OVERDUE_EXPORT,
      columns: chosenColumns(OVERDUE_EXPORT, columns),
      format,
      language: lang,
      pages: overduePages(this.queries, options, actor),
    });
  }
}

async function send<Row>(reply: FastifyReply, request: ExportRequest<Row>): Promise<void> {
  const file = await exportFile(request, new Date().toISOString().slice(0, 10));
  reply.header('Content-Type', file.contentType);
  reply.header('Content-Disposition', `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.localName)}`);
  reply.header('Cache-Control', 'no-store');
  await reply.code(200).send(file.body);
}
