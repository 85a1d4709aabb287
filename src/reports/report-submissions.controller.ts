import { BadRequestException, Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { Actor, Roles } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { answerCommand, commandContextFrom } from '../http/command-context';
import { DonorReportParameters } from './donor-accountability/donor-accountability-report';
import { SubmitReport } from '../reporting-framework/commands/submit-report';
import { SubmitReportDto, SubmittedFileParams } from './dto/submit-report.dto';
import { SubmittedFile } from '../reporting-framework/reporting-framework.events';
import { SubmissionStore } from './files/submission-store';
import { GenerateDonorAccountabilityReport } from './queries/generate-donor-accountability-report';
import { GetReportingFramework } from './queries/get-reporting-framework';
import type { ReportFormat } from './document/report-document';
import { ReportOutput, reportOutput } from './report-output';

/** Reports handed to a donor: made once at a data position, kept byte for byte, listed and downloaded as they were sent. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/submissions')
export class ReportSubmissionsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly files: SubmissionStore,
  ) {}

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Mark a donor report submitted: made at the data position in each format asked for; the files and their SHA-256 are kept' })
  async submit(@Body() body: SubmitReportDto, @Actor() actor: Principal, @Req() request: FastifyRequest, @Res({ passthrough: true }) response: FastifyReply) {
    if (!body.position) throw new BadRequestException('position is needed: a report is submitted at a data position, such as 1042/1042');
    const context = commandContextFrom(request, actor);
    const generatedAt = new Date();
    // Each format is produced as the report endpoint would (in a report worker); the JSON says what was reported on.
    const produce = async (format: ReportFormat) =>
      reportOutput(await this.queries.execute(new GenerateDonorAccountabilityReport({ ...body, format }, actor)), format, generatedAt);
    const outputs = new Map<ReportFormat, ReportOutput>();
    for (const format of new Set<ReportFormat>(['json', ...body.formats])) outputs.set(format, await produce(format));
    const files: SubmittedFile[] = body.formats.map((format) => {
      const output = outputs.get(format) as ReportOutput;
      return { format, fileName: output.fileName, contentType: output.contentType, sha256: this.files.keep(output.body), bytes: output.body.length };
    });
    const json = JSON.parse((outputs.get('json') as ReportOutput).body.toString('utf8')) as { parameters: DonorReportParameters };
    const { period, template, asOf, language } = json.parameters;
    // One submission per command: a retry with the same Idempotency-Key names the same one.
    const submissionId = createHash('sha256').update(context.commandId).digest('hex').slice(0, 32);
    const submission = { submissionId, period, template, asOf, language, position: body.position, generatedAt: generatedAt.toISOString(), files };
    const result = await this.commands.execute(new SubmitReport(body.donorId, submission, context));
    const recorded = (await this.list(body.donorId, actor)).find((s) => s.submissionId === submissionId) ?? submission;
    return { ...answerCommand(response, result), submission: recorded };
  }

  @Get(':donorId')
  @ApiOperation({ summary: "The reports submitted to a donor, oldest first (the donor sees its own; coordinators every donor's)" })
  async list(@Param('donorId', ParseUUIDPipe) donorId: string, @Actor() actor: Principal) {
    const framework = await this.queries.execute(new GetReportingFramework(donorId, actor));
    return framework.submissions ?? [];
  }

  @Get(':donorId/:submissionId/:format')
  @ApiOperation({ summary: 'One file of a submitted report, byte for byte as it was submitted; its SHA-256 in the X-Content-SHA256 header' })
  async download(@Param() params: SubmittedFileParams, @Actor() actor: Principal, @Res() response: FastifyReply) {
    const submission = (await this.list(params.donorId, actor)).find((s) => s.submissionId === params.submissionId);
    const file = submission?.files.find((f) => f.format === params.format);
    if (!submission || !file) throw new NotFoundException(`no ${params.format} file in submission ${params.submissionId}`);
    const bytes = this.files.get(file.sha256);
    if (!bytes) throw new NotFoundException(`the ${params.format} file of submission ${params.submissionId} is not held by this instance`);
    response.header('Content-Type', file.contentType);
    response.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    response.header('X-Content-SHA256', file.sha256);
    response.code(200).send(bytes);
  }
}
