import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { OrganisationFilterDto } from './dto/organisation-filter.dto';
import { ReadModelQueryDto } from '../kernel/read-model-query.dto';
import { donorPortfolio } from './read-models/tracker/donor-portfolio.query';
import { forumFollowThrough } from './read-models/tracker/forum-follow-through.query';
import { organisationScorecards } from './read-models/tracker/organisation-scorecard.query';
import { overdueAging } from './read-models/tracker/overdue-aging.query';
import { TrackerReadModel } from './tracker-read-model';

@ApiTags('read models')
@ApiBearerAuth()
@Controller()
export class ReadModelsController {
  constructor(private readonly tracker: TrackerReadModel) {}

  @Get('scorecards/organisations')
  @ApiOperation({ summary: 'Per responsible organisation: held by status, overdue, on-time rate, median days to implementation' })
  async scorecards(@Query() query: OrganisationFilterDto, @Actor() actor: Principal) {
    const db = await this.tracker.reader(query);
    return organisationScorecards(db, { ...query, donorId: this.tracker.donorScope(actor, query.donorId) });
  }

  @Get('follow-through/forums')
  @ApiOperation({ summary: 'Per forum: recommendations by status, overdue, implementation rate' })
  async followThrough(@Query() query: ReadModelQueryDto, @Actor() actor: Principal) {
    const db = await this.tracker.reader(query);
    return forumFollowThrough(db, { asOf: query.asOf, donorId: this.tracker.donorScope(actor, query.donorId) });
  }

  @Get('portfolios/:donorId')
  @ApiOperation({ summary: "A donor's portfolio: the forums it funds and their recommendations by status" })
  async portfolio(@Param('donorId', ParseUUIDPipe) donorId: string, @Query() query: ReadModelQueryDto, @Actor() actor: Principal) {
    const db = await this.tracker.reader(query);
    return donorPortfolio(db, this.tracker.donorScope(actor, donorId) as string, query.asOf);
  }

  @Get('overdue')
  @ApiOperation({ summary: 'Overdue commitments by age: 0-30, 31-90, over 90 days past due' })
  async overdue(@Query() query: OrganisationFilterDto, @Actor() actor: Principal) {
    const db = await this.tracker.reader(query);
    return overdueAging(db, { ...query, donorId: this.tracker.donorScope(actor, query.donorId) });
  }
}
