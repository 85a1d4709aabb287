import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Roles } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { MigrationQueryDto } from './dto/migration-query.dto';
import { TagMigration } from './tag-migration';

/** The migration of free-text themes and regions to the vocabularies' codes (docs/tagging.md). */
@ApiTags('vocabularies')
@ApiBearerAuth()
@Controller('vocabularies/migration')
export class TaggingController {
  constructor(private readonly migration: TagMigration) {}

  @Get()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Each free-text theme and region recorded, the term it resolves to (or none) and how many recommendations carry it' })
  preview(@Actor() actor: Principal, @Query() query: MigrationQueryDto) {
    return this.migration.preview(actor, query.minPosition);
  }

  @Post()
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Map them: one content correction ("mapped to the vocabulary") per recommendation whose values change; repeatable' })
  apply(@Actor() actor: Principal, @Query() query: MigrationQueryDto) {
    return this.migration.apply(actor, query.minPosition);
  }
}
