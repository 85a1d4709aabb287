import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Put, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Actor, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { answerCommand, commandContextFrom } from '../http/command-context';
import { DonorReportQueryDto } from './dto/donor-report-query.dto';
import { FrameworkTargetParams } from './dto/framework.dto';
import { ReportQueryDto } from './dto/report-query.dto';
import { MapThemesToPillars } from './framework/commands/map-themes-to-pillars';
import { SetIndicatorTargets } from './framework/commands/set-indicator-targets';
import { SetReportLogo } from './framework/commands/set-report-logo';
import { SetReportingProfile } from './framework/commands/set-reporting-profile';
import { WriteReportNarrative } from './framework/commands/write-report-narrative';
import { WriteReportNarrativeDto, narrativeFrom } from './framework/dto/write-report-narrative.dto';
import { ReportLogoParams, SetReportLogoDto } from './framework/dto/set-report-logo.dto';
import { LogoStore } from './framework/logo-store';
import { MapThemesToPillarsDto } from './framework/dto/map-themes-to-pillars.dto';
import { SetIndicatorTargetsDto, targetsFrom } from './framework/dto/set-indicator-targets.dto';
import { SetReportingProfileDto } from './framework/dto/set-reporting-profile.dto';
import { GeneratedReport } from './generated-report';
import { GenerateAuditTrailReport } from './queries/generate-audit-trail-report';
import { GenerateDonorAccountabilityReport } from './queries/generate-donor-accountability-report';
import { GenerateForumFollowThroughReport } from './queries/generate-forum-follow-through-report';
import { GenerateOrganisationScorecardReport } from './queries/generate-organisation-scorecard-report';
import { GetReportingFramework } from './queries/get-reporting-framework';
import { reportOutput } from './report-output';

const PRODUCES = ['application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/html', 'application/pdf'];

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
  async donorAccountability(@Query() query: DonorReportQueryDto, @Actor() actor: Principal, @Res() response: Response) {
    await send(response, await this.queries.execute(new GenerateDonorAccountabilityReport(query, actor)), query);
  }

  @Get('forums/:forumId/follow-through')
  @ApiOperation({ summary: "How far one forum's recommendations have been carried out, as of a date" })
  @ApiProduces(...PRODUCES)
  async forumFollowThrough(
    @Param('forumId', ParseUUIDPipe) forumId: string,
    @Query() query: ReportQueryDto,
    @Actor() actor: Principal,
    @Res() response: Response,
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
    @Res() response: Response,
  ) {
    await send(response, await this.queries.execute(new GenerateOrganisationScorecardReport(organisationId, query, actor)), query);
  }

  @Get('recommendations/:id/audit-trail')
  @ApiOperation({ summary: 'Everything recorded about one recommendation: who, when (effective and recorded), evidence' })
  @ApiProduces(...PRODUCES)
  async auditTrail(@Param('id', ParseUUIDPipe) id: string, @Query() query: ReportQueryDto, @Actor() actor: Principal, @Res() response: Response) {
    await send(response, await this.queries.execute(new GenerateAuditTrailReport(id, query, actor)), query);
  }

  @Get('frameworks/:donorId')
  @ApiOperation({ summary: "A donor's reporting framework: its theme-to-pillar mapping and its targets per period" })
  framework(@Param('donorId', ParseUUIDPipe) donorId: string, @Actor() actor: Principal) {
    return this.queries.execute(new GetReportingFramework(donorId, actor));
  }

  @Put('frameworks/:donorId/pillar-mapping')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: "Set how a donor's themes map to the Spotlight Initiative's six pillars (EU reports)" })
  async mapThemes(
    @Param('donorId', ParseUUIDPipe) donorId: string,
    @Body() body: MapThemesToPillarsDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const result = await this.commands.execute(new MapThemesToPillars(donorId, body.mapping, commandContextFrom(request, actor)));
    return answerCommand(response, result);
  }

  @Put('frameworks/:donorId/targets/:period')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: "Set a donor's targets for a period (INL indicator table, EU results framework)" })
  async setTargets(
    @Param() params: FrameworkTargetParams,
    @Body() body: SetIndicatorTargetsDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = new SetIndicatorTargets(params.donorId, params.period, targetsFrom(body), commandContextFrom(request, actor));
    return answerCommand(response, await this.commands.execute(command));
  }

  @Put('frameworks/:donorId/profile')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: "Set how a donor reports: its fiscal year's first month, its report template, its award number" })
  async setProfile(
    @Param('donorId', ParseUUIDPipe) donorId: string,
    @Body() body: SetReportingProfileDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const profile = {
      fiscalYearStartMonth: body.fiscalYearStartMonth,
      template: body.template,
      awardNumber: body.awardNumber ?? null,
      implementingOrganisation: body.implementingOrganisation ?? null,
    };
    return answerCommand(response, await this.commands.execute(new SetReportingProfile(donorId, profile, commandContextFrom(request, actor))));
  }

  @Put('frameworks/:donorId/narrative/:period')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary:
      "Write the narrative of a donor's report for a period (INL: accomplishments, goals not met, next steps; EU: context, progress, changes, challenges, lessons)",
  })
  async writeNarrative(
    @Param() params: FrameworkTargetParams,
    @Body() body: WriteReportNarrativeDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = new WriteReportNarrative(params.donorId, params.period, narrativeFrom(body), commandContextFrom(request, actor));
    return answerCommand(response, await this.commands.execute(command));
  }

  @Put('frameworks/:donorId/logos/:whose')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: "Put the donor's or the implementing organisation's logo (PNG or JPEG, base64) on the cover of the donor's reports" })
  async setLogo(
    @Param() params: ReportLogoParams,
    @Body() body: SetReportLogoDto,
    @Actor() actor: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const logo = this.logos.put(Buffer.from(body.image, 'base64'));
    return answerCommand(response, await this.commands.execute(new SetReportLogo(params.donorId, params.whose, logo, commandContextFrom(request, actor))));
  }
}

async function send(response: Response, report: GeneratedReport, query: ReportQueryDto): Promise<void> {
  const format = query.format ?? 'json';
  const output = await reportOutput(report, format);
  const disposition = format === 'json' || format === 'html' ? 'inline' : 'attachment';
  response.setHeader('Content-Type', output.contentType);
  // The printable page is self-contained: no scripts, no requests, only its own inline styles.
  if (format === 'html') response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  response.setHeader('Content-Disposition', `${disposition}; filename="${output.fileName}"`);
  const position = (report.data as { parameters?: { position?: string | null } }).parameters?.position;
  if (position) response.setHeader('X-Report-Position', position);
  response.status(200).send(output.body);
}
