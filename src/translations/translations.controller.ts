import { Body, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { positionFromString } from '../event-store/event-store.port';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { Actor } from '../http/auth.decorators';
import { CommandRoute, Sent } from '../http/command-route';
import type { Principal } from '../kernel/principal';
import { GetForum } from '../forums/queries/get-forum';
import { GetRecommendation } from '../recommendations/queries/get-recommendation';
import { TranslateForumTitle, TranslateRecommendationText } from './commands/translate';
import { TranslateForumTitleDto, TranslateRecommendationTextDto, TranslationParams, TranslationsQueryDto } from './dto/translation.dto';
import { ListTranslations, TranslationsOf } from './queries/translations-of';

/** Coordinators translate a recommendation's text and a forum's title into en, ru or tg; the responsible stakeholder a recommendation's text. */
@ApiTags('translations')
@ApiBearerAuth()
@Controller()
export class TranslationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @CommandRoute(
    'recommendations/:id/translations/:lang',
    ['coordinator', 'stakeholder'],
    "Record a recommendation's text in a language (coordinators, or a stakeholder of the responsible organisation; the same text again records nothing)",
    {
      method: 'PUT',
    },
  )
  translateRecommendation(@Param() { id, lang }: TranslationParams, @Body() body: TranslateRecommendationTextDto, @Sent() context: CommandContext) {
    return this.commands.execute(new TranslateRecommendationText(id, lang, body.text, context));
  }

  @CommandRoute('forums/:id/translations/:lang', ['coordinator'], "Record a forum's title in a language (the same title again records nothing)", {
    method: 'PUT',
  })
  translateForum(@Param() { id, lang }: TranslationParams, @Body() body: TranslateForumTitleDto, @Sent() context: CommandContext) {
    return this.commands.execute(new TranslateForumTitle(id, lang, body.title, context));
  }

  @Get('recommendations/:id/translations')
  @ApiOperation({ summary: "A recommendation's original text and its translations (who translated, when); with ?lang= also the text shown in that language" })
  async listOfRecommendation(@Param('id', ParseUUIDPipe) id: string, @Query() query: TranslationsQueryDto, @Actor() actor: Principal) {
    await this.queries.execute(new GetRecommendation(id, actor));
    return this.translations(id, query);
  }

  @Get('forums/:id/translations')
  @ApiOperation({ summary: "A forum's original title and its translations (who translated, when); with ?lang= also the title shown in that language" })
  async listOfForum(@Param('id', ParseUUIDPipe) id: string, @Query() query: TranslationsQueryDto, @Actor() actor: Principal) {
    await this.queries.execute(new GetForum(id, actor));
    return this.translations(id, query);
  }

  private async translations(id: string, query: TranslationsQueryDto) {
    const minPosition = query.minPosition ? positionFromString(query.minPosition) : undefined;
    const { original, translations } = await this.queries.execute(new ListTranslations(id, minPosition));
    const listed = translations.map(({ language, text, translatedBy, translatedAt }) => ({ language, text, translatedBy, translatedAt }));
    if (!query.lang) return { id, original, translations: listed };
    const shown = await this.queries.execute(new TranslationsOf([id], query.lang, { originals: new Map([[id, original]]) }));
    return { id, original, translations: listed, shown: shown.get(id) };
  }
}
