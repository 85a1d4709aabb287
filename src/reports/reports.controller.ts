import { Body, Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { CommandRoute, Sent } from '../http/command-route';
import { DonorReportQueryDto } from './dto/donor-report-query.dto';
import { FrameworkTargetParams } from './dto/framework.dto';
import { ReportQueryDto } from './dto/report-query.dto';
import { MapThemesToPillars } from '../reporting-framework/commands/map-themes-to-pillars';
import { SetIndicatorTargets } from '../reporting-framework/commands/set-indicator-targets';
import { SetReportingProfile } from '../reporting-framework/commands/set-reporting-profile';
import { MapThemesToPillarsDto } from './dto/map-themes-to-pillars.dto';
import { SetIndicatorTargetsDto, targetsFrom } from './dto/set-indicator-targets.dto';
import { SetReportingProfileDto, profileFrom } from './dto/set-reporting-profile.dto';
import { SetReportLogo } from '../reporting-framework/commands/set-report-logo';
import { WriteReportNarrative } from '../reporting-framework/commands/write-report-narrative';
import { ReportLogoParams, SetReportLogoDto } from './dto/set-report-logo.dto';
import { WriteReportNarrativeDto, narrativeFrom } from './dto/write-report-narrative.dto';
import { LogoStore } from './files/logo-store';
import { GeneratedReport } from './generated-report';
import { GenerateAuditTrailReport } from './queries/generate-audit-trail-report';
import { GenerateDonorAccountabilityReport } from './queries/generate-donor-accountability-report';
import { GenerateForumFollowThroughReport } from './queries/generate-forum-follow-through-report';
import { GenerateOrganisationScorecardReport } from './queries/generate-organisation-scorecard-report';
import { GetReportingFramework } from './queries/get-reporting-framework';
import { reportOutput } from './report-output';

const PRODUCES = ['application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/html', 'application/pdf'];

const PUT = { method: 'PUT' } as const;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly logos: LogoStore,
  ) {}

  @Get('donor-accountability')
  @ApiOperation({ summary: "A donor's accountability report for a period, as of a date, in JSON, CSV, XLSX, HTML or PDF" })
  @ApiProduces(...PRODUCES)
  async donorAccountability(@Query() query: DonorReportQueryDto, @Actor() actor: Principal, @Res() response: FastifyReply) {
    await send(response, await this.queries.execute(new GenerateDonorAccountabilityReport(query, actor)), query);
  }

  @Get('forums/:forumId/follow-through')
  @ApiOperation({ summary: "How far one forum's recommendations have been carried out, as of a date" })
  @ApiProduces(...PRODUCES)
  async forumFollowThrough(
    @Param('forumId', ParseUUIDPipe) forumId: string,
    @Query() query: ReportQueryDto,
    @Actor() actor: Principal,
    @Res() response: FastifyReply,
  ) {
    await send(response, await this.queries.execute(new GenerateForumFollowThroughReport(forumId, query, actor)), query);
  }

  @Get('organisations/:organisationId/scorecard')
  @ApiOperation({ summary: 'What one organisation is responsible for and how timely it delivers, as of a date' })
  @ApiProduces(...PRODUCES)
  async organisationScorecard(
    @Param('organisationId', ParseUUIDPipe) organisationId: string,
    @Query() query: ReportQueryDto,
    @Actor() actor: Principal,
    @Res() response: FastifyReply,
  ) {
    await send(response, await this.queries.execute(new GenerateOrganisationScorecardReport(organisationId, query, actor)), query);
  }

  @Get('recommendations/:id/audit-trail')
  @ApiOperation({ summary: 'Everything recorded about one recommendation: who, when (effective and recorded), evidence' })
  @ApiProduces(...PRODUCES)
  async auditTrail(@Param('id', ParseUUIDPipe) id: string, @Query() query: ReportQueryDto, @Actor() actor: Principal, @Res() response: FastifyReply) {
    await send(response, await this.queries.execute(new GenerateAuditTrailReport(id, query, actor)), query);
  }

  @Get('frameworks/:donorId')
  @ApiOperation({ summary: "A donor's reporting framework: its theme-to-pillar mapping and its targets per period" })
  framework(@Param('donorId', ParseUUIDPipe) donorId: string, @Actor() actor: Principal) {
    return this.queries.execute(new GetReportingFramework(donorId, actor));
  }

  @CommandRoute(
    'frameworks/:donorId/pillar-mapping',
    ['coordinator'],
    "Set how a donor's themes map to the Spotlight Initiative's six pillars (EU reports)",
    PUT,
  )
  mapThemes(@Param('donorId', ParseUUIDPipe) donorId: string, @Body() body: MapThemesToPillarsDto, @Sent('without effectiveAt') context: CommandContext) {
    return this.commands.execute(new MapThemesToPillars(donorId, body.mapping, context));
  }

  @CommandRoute('frameworks/:donorId/targets/:period', ['coordinator'], "Set a donor's targets for a period (INL indicator table, EU results framework)", PUT)
  setTargets(@Param() params: FrameworkTargetParams, @Body() body: SetIndicatorTargetsDto, @Sent('without effectiveAt') context: CommandContext) {
    return this.commands.execute(new SetIndicatorTargets(params.donorId, params.period, targetsFrom(body), context));
  }

  @CommandRoute(
    'frameworks/:donorId/profile',
    ['coordinator'],
    "Set how a donor reports: its fiscal year's first month, its report template, its award number",
    PUT,
  )
  setProfile(@Param('donorId', ParseUUIDPipe) donorId: string, @Body() body: SetReportingProfileDto, @Sent('without effectiveAt') context: CommandContext) {
    return this.commands.execute(new SetReportingProfile(donorId, profileFrom(body), context));
  }

  @CommandRoute(
    'frameworks/:donorId/narrative/:period',
    ['coordinator'],
    "Write the narrative of a donor's report for a period (INL: accomplishments, goals not met, next steps; EU: context, progress, changes, challenges, lessons)",
    PUT,
  )
  writeNarrative(@Param() params: FrameworkTargetParams, @Body() body: WriteReportNarrativeDto, @Sent('without effectiveAt') context: CommandContext) {
    return this.commands.execute(new WriteReportNarrative(params.donorId, params.period, narrativeFrom(body), context));
  }

  @CommandRoute(
    'frameworks/:donorId/logos/:whose',
    ['coordinator'],
    "Put the donor's or the implementing organisation's logo (PNG or JPEG, base64) on the cover of the donor's reports",
    PUT,
  )
  setLogo(@Param() params: ReportLogoParams, @Body() body: SetReportLogoDto, @Sent('without effectiveAt') context: CommandContext) {
    const logo = this.logos.put(Buffer.from(body.image, 'base64'));
    return this.commands.execute(new SetReportLogo(params.donorId, params.whose, logo, context));
  }
}

async function send(response: FastifyReply, report: GeneratedReport, query: ReportQueryDto): Promise<void> {
  const format = query.format ?? 'json';
  const output = await reportOutput(report, format);
  const disposition = format === 'json' || format === 'html' ? 'inline' : 'attachment';
  response.header('Content-Type', output.contentType);
  // The printable page is self-contained: no scripts, no requests, only its own inline styles.
  if (format === 'html') response.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  response.header('Content-Disposition', `${disposition}; filename="${output.fileName}"`);
  const position = (report.data as { parameters?: { position?: string | null } }).parameters?.position;
  if (position) response.header('X-Report-Position', position);
  response.code(200).send(output.body);
}
