import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../http/auth.decorators';
import { chooseLanguage } from './language';
import { FORUM_COLUMNS, RECOMMENDATION_COLUMNS, pick, toCsv } from './open-data';
import { forumPage, homePage, notFoundPage, recommendationPage } from './pages/portal-pages';
import { PortalData } from './portal-data';
import { PortalRateLimit } from './portal-rate-limit';

interface Answer {
  status: 200 | 404;
  type: string;
  body: string;
}

const HTML = 'text/html; charset=utf-8';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The public portal and the open data: no account, rate-limited per address, cached by ETag. */
@ApiTags('portal')
@Public()
@Controller()
export class PortalController {
  constructor(
    private readonly data: PortalData,
    private readonly rateLimit: PortalRateLimit,
  ) {}

  @Get('portal')
  @ApiOperation({ summary: 'The public portal: the published forums and all their recommendations by status (HTML; ?lang=en|ru|tg)' })
  home(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(request, reply, true, async (language) => ({ status: 200, type: HTML, body: homePage(await this.data.forums(language), language) }));
  }

  @Get('portal/forums/:id')
  @ApiOperation({ summary: 'A published forum with its recommendations and their status (HTML); 404 when not published' })
  forum(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(request, reply, true, async (language) => {
      const published = UUID.test(id) ? await this.data.forum(id, language) : null;
      return published
        ? { status: 200, type: HTML, body: forumPage(published, language) }
        : { status: 404, type: HTML, body: notFoundPage(language, `/portal/forums/${id}`) };
    });
  }

  @Get('portal/recommendations/:id')
  @ApiOperation({ summary: 'A recommendation of a published forum: status, timeline, evidence marked public (HTML); 404 otherwise' })
  recommendation(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(request, reply, true, async (language) => {
      const published = UUID.test(id) ? await this.data.recommendation(id, language) : null;
      return published
        ? { status: 200, type: HTML, body: recommendationPage(published, language) }
        : { status: 404, type: HTML, body: notFoundPage(language, `/portal/recommendations/${id}`) };
    });
  }

  @Get('open-data/forums.json')
  @ApiOperation({ summary: 'Open data: the published forums, each with its licence and counts by status (JSON)' })
  forumsJson(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(request, reply, false, async () => {
      const forums = (await this.data.forums()).map(({ forum }) => ({ ...pick(forum, FORUM_COLUMNS), byStatus: { ...forum.byStatus } }));
      return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify({ forums }) };
    });
  }

  @Get('open-data/forums.csv')
  @ApiOperation({ summary: 'Open data: the published forums, each with its licence (CSV, RFC 4180)' })
  forumsCsv(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(request, reply, false, async () => {
      const forums = (await this.data.forums()).map(({ forum }) => forum);
      return { status: 200, type: 'text/csv; charset=utf-8', body: toCsv(forums, FORUM_COLUMNS) };
    });
  }

  @Get('open-data/recommendations.json')
  @ApiOperation({
    summary: 'Open data: the recommendations of the published forums, each with its licence and its tags as codes and labels (?lang=en|ru|tg) (JSON)',
  })
  recommendationsJson(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(request, reply, true, async (language) => {
      const recommendations = (await this.data.forums(undefined, language)).flatMap((page) => page.recommendations).map((r) => pick(r, RECOMMENDATION_COLUMNS));
      return { status: 200, type: 'application/json; charset=utf-8', body: JSON.stringify({ recommendations }) };
    });
  }

  @Get('open-data/recommendations.csv')
  @ApiOperation({
    summary: 'Open data: the recommendations of the published forums, each with its licence and its tags as codes and labels (?lang=en|ru|tg) (CSV, RFC 4180)',
  })
  recommendationsCsv(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.answer(request, reply, true, async (language) => {
      const recommendations = (await this.data.forums(undefined, language)).flatMap((page) => page.recommendations);
      return { status: 200, type: 'text/csv; charset=utf-8', body: toCsv(recommendations, RECOMMENDATION_COLUMNS) };
    });
  }

  /**
   * Counts the request, then answers 304 when the client holds the page as of the data's position (and language),
   * before anything is read or rendered; otherwise renders it with that ETag.
   */
  private async answer(
    request: FastifyRequest,
    reply: FastifyReply,
    translated: boolean,
    render: (language: ReturnType<typeof chooseLanguage>) => Promise<Answer>,
  ): Promise<void> {
    await this.rateLimit.take(request.ip);
    const language = chooseLanguage((request.query as Record<string, unknown>).lang, request.headers['accept-language']);
    const etag = `W/"${await this.data.dataPosition()}${translated ? `-${language}` : ''}"`;
    void reply.header('ETag', etag).header('Cache-Control', 'public, max-age=60');
    if (translated) void reply.header('Vary', 'Accept-Language');
    const held = (request.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim());
    if (held.includes(etag) || held.includes('*')) {
      await reply.status(304).send();
      return;
    }
    const { status, type, body } = await render(language);
    await reply.status(status).type(type).send(body);
  }
}
