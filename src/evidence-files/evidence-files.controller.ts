import { BadRequestException, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { positionFromString } from '../event-store/event-store.port';
import { Actor, Roles } from '../http/auth.decorators';
import { requestBodyStream } from '../http/request-body-stream';
import type { Principal } from '../kernel/principal';
import { NotKnown } from '../kernel/query-refusals';
import { refusal } from '../kernel/refusal-reasons';
import { GetRecommendation } from '../recommendations/queries/get-recommendation';
import { DownloadEvidenceFileQuery, FILE_NAME, UploadEvidenceFileQuery } from './dto/evidence-file.dto';
import { EvidenceFileUploads } from './evidence-file-uploads';
import { FileStorage, FileTooLarge, UploadAborted } from './file-storage';
import { ACCEPTED_FILE_TYPES } from './file-type';
import { fileTooLarge } from './file-type-refused';
import { RecommendationFiles } from './recommendation-files';
import { downloadHeaders } from './download-headers';

@ApiTags('evidence files')
@ApiBearerAuth()
@Controller()
export class EvidenceFilesController {
  constructor(
    private readonly uploads: EvidenceFileUploads,
    private readonly files: RecommendationFiles,
    private readonly storage: FileStorage,
    private readonly queries: QueryBus,
  ) {}

  @Post('evidence-files')
  @HttpCode(201)
  @Roles('coordinator', 'stakeholder', 'donor')
  @ApiConsumes(...Object.keys(ACCEPTED_FILE_TYPES), 'application/octet-stream')
  @ApiHeader({ name: 'X-File-Name', required: false, description: 'The file name, percent-encoded, if not given as ?filename=' })
  @ApiOperation({ summary: 'Upload a file to attach as evidence (the raw bytes as the body): answers its SHA-256, name, type (from its content) and size' })
  async upload(
    @Query() query: UploadEvidenceFileQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Actor() actor: Principal,
  ) {
    const bytes = requestBodyStream(request);
    const limit = this.uploads.limitBytes;
    try {
      const name = fileNameOf(query, request);
      if (Number(request.headers['content-length'] ?? 0) > limit) throw new FileTooLarge(limit);
      return await this.uploads.upload({ name, sentType: request.headers['content-type'], bytes, actor });
    } catch (error) {
      // Whatever of the body is still coming goes by unread, and the connection closes after the refusal.
      if (!bytes.readableEnded) {
        void reply.header('connection', 'close');
        bytes.resume();
      }
      if (error instanceof UploadAborted) throw new BadRequestException({ error: 'Bad Request', code: 'RequestAborted', message: error.message });
      throw error instanceof FileTooLarge ? fileTooLarge(error.limitBytes) : error;
    }
  }

  @Get('recommendations/:id/evidence-files')
  @ApiOperation({ summary: 'The files attached as evidence to a recommendation, with their names, types, sizes and SHA-256' })
  async list(@Param('id', ParseUUIDPipe) id: string, @Query() query: DownloadEvidenceFileQuery, @Actor() actor: Principal) {
    await this.queries.execute(new GetRecommendation(id, actor));
    return this.files.list(id, query.minPosition ? positionFromString(query.minPosition) : undefined);
  }

  @Get('recommendations/:id/evidence-files/:sha256')
  @ApiOperation({ summary: 'Download a file attached to the recommendation (always as an attachment, never shown inline)' })
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('sha256') sha256: string,
    @Query() query: DownloadEvidenceFileQuery,
    @Actor() actor: Principal,
    @Res() reply: FastifyReply,
  ) {
    await this.queries.execute(new GetRecommendation(id, actor));
    const attached = /^[0-9a-f]{64}$/.test(sha256)
      ? await this.files.find(id, sha256, query.minPosition ? positionFromString(query.minPosition) : undefined)
      : null;
    const kept = attached ? await this.storage.open(sha256) : null;
    if (!attached || !kept) {
      throw new NotKnown(`no file ${sha256} is attached to recommendation ${id}`, 'FileNotAttached', { sha256, recommendationId: id });
    }
    return reply.headers(downloadHeaders(attached, kept.size)).send(kept.stream);
  }
}

function fileNameOf(query: UploadEvidenceFileQuery, request: FastifyRequest): string {
  const header = request.headers['x-file-name'];
  const fromHeader = typeof header === 'string' ? decodedName(header) : undefined;
  const name = (query.filename ?? fromHeader)?.trim();
  if (name && name.length <= 255 && FILE_NAME.test(name)) return name;
  const message = 'filename must be given (?filename= or the X-File-Name header) as a file name without directories or control characters';
  throw new BadRequestException({
    error: 'Bad Request',
    code: 'ValidationFailed',
    ...refusal('FileNameNeeded', message),
    message: [message],
    errors: [{ field: 'filename', rule: 'FileNameNeeded', message }],
  });
}

function decodedName(header: string): string | undefined {
  try {
    return decodeURIComponent(header);
  } catch {
    return undefined;
  }
}
