import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor, Roles } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { ImportQueryDto, TemplateQueryDto } from './dto/import-query.dto';
import { csvTemplate, xlsxTemplate } from './import-template';
import { Imports, type ImportFile } from './imports';
import { uploadedFile } from './uploaded-file';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: Imports) {}

  @Get('template.xlsx')
  @Roles('coordinator')
  @ApiOperation({ summary: 'The XLSX template: headers, an example row, and a sheet of the organisations recorded and the vocabularies’ terms' })
  async xlsx(@Actor() actor: Principal, @Query() query: TemplateQueryDto, @Res() reply: FastifyReply) {
    const language = query.language ?? 'en';
    const file = await xlsxTemplate(await this.imports.recordedValues(actor, language, query.minPosition), language);
    reply.header('Content-Type', XLSX).header('Content-Disposition', 'attachment; filename="follow-through-import.xlsx"').send(file);
  }

  @Get('template.csv')
  @Roles('coordinator')
  @ApiOperation({ summary: 'The CSV template: headers and an example row (UTF-8 with a byte order mark)' })
  csv(@Query() query: TemplateQueryDto, @Res() reply: FastifyReply) {
    const file = csvTemplate(query.language ?? 'en');
    reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="follow-through-import.csv"').send(file);
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiConsumes(XLSX, 'text/csv')
  @ApiOperation({ summary: 'Check every row of an XLSX or CSV file (the raw body) and show what a commit would create; nothing is written' })
  async preview(@Req() request: FastifyRequest, @Actor() actor: Principal, @Query() query: ImportQueryDto) {
    return (await this.imports.preview(await fileOf(request), actor, query.minPosition)).preview;
  }

  @Post('commit')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiConsumes(XLSX, 'text/csv')
  @ApiOperation({ summary: 'Check the same file again and, if every row is valid, create what the preview showed (repeatable: docs/imports.md)' })
  async commit(@Req() request: FastifyRequest, @Actor() actor: Principal, @Query() query: ImportQueryDto) {
    return this.imports.commit(await fileOf(request), actor, query.minPosition);
  }
}

async function fileOf(request: FastifyRequest): Promise<ImportFile> {
  return { bytes: await uploadedFile(request), contentType: String(request.headers['content-type'] ?? '') };
}
