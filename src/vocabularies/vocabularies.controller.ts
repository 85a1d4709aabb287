import { Body, Controller, Get, Param, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { CommandRoute, Sent } from '../http/command-route';
import { AddVocabularyTerm, RelabelVocabularyTerm, RestoreVocabularyTerm, RetireVocabularyTerm } from './commands/change-vocabulary';
import { AddVocabularyTermDto, RelabelVocabularyTermDto, VocabulariesQueryDto, VocabularyParams, VocabularyTermParams } from './dto/vocabulary.dto';
import { ListVocabularies } from './queries/list-vocabularies';
import { VOCABULARY_KINDS } from './vocabulary';

/** Coordinators manage the controlled vocabularies; anyone signed in reads them (docs/vocabularies.md). */
@ApiTags('vocabularies')
@ApiBearerAuth()
@Controller('vocabularies')
export class VocabulariesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every vocabulary (themes, regions, SDG targets, CEDAW areas, mechanisms) with its terms, retired ones included' })
  all(@Query() query: VocabulariesQueryDto) {
    return this.queries.execute(new ListVocabularies(VOCABULARY_KINDS, query.minPosition));
  }

  @Get(':kind')
  @ApiOperation({ summary: "One vocabulary's terms: packaged ones first, then those coordinators added; retired ones included" })
  async one(@Param() { kind }: VocabularyParams, @Query() query: VocabulariesQueryDto) {
    const terms = await this.queries.execute(new ListVocabularies([kind], query.minPosition));
    return { kind, terms: terms[kind] };
  }

  @CommandRoute(':kind/terms', ['coordinator'], 'Add a term to a vocabulary, with its labels in en, ru and tg', { status: 201 })
  add(@Param() { kind }: VocabularyParams, @Body() body: AddVocabularyTermDto, @Sent() context: CommandContext) {
    const { code, labels, parent, aliases, defaultPillar } = body;
    const data = { kind, code, labels: { en: labels.en, ru: labels.ru, tg: labels.tg }, parent: parent ?? null, aliases: aliases ?? [] };
    return this.commands.execute(new AddVocabularyTerm(defaultPillar ? { ...data, defaultPillar } : data, context));
  }

  @CommandRoute(':kind/terms/:code/labels', ['coordinator'], "Change a term's labels (and, when given, its aliases); its code stays", { method: 'PUT' })
  relabel(@Param() { kind, code }: VocabularyTermParams, @Body() body: RelabelVocabularyTermDto, @Sent() context: CommandContext) {
    const labels = { en: body.labels.en, ru: body.labels.ru, tg: body.labels.tg };
    return this.commands.execute(new RelabelVocabularyTerm({ kind, code, labels, ...(body.aliases ? { aliases: body.aliases } : {}) }, context));
  }

  @CommandRoute(':kind/terms/:code/retire', ['coordinator'], 'Stop offering a term for tagging; what is tagged with it keeps it (again: nothing recorded)')
  retire(@Param() { kind, code }: VocabularyTermParams, @Sent() context: CommandContext) {
    return this.commands.execute(new RetireVocabularyTerm(kind, code, context));
  }

  @CommandRoute(':kind/terms/:code/restore', ['coordinator'], 'Offer a retired term for tagging again (one that is offered: nothing recorded)')
  restore(@Param() { kind, code }: VocabularyTermParams, @Sent() context: CommandContext) {
    return this.commands.execute(new RestoreVocabularyTerm(kind, code, context));
  }
}
