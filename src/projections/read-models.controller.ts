import { QueryBus } from '@nestjs/cqrs';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { OrganisationFilterDto } from './dto/organisation-filter.dto';
import { ReadModelQueryDto } from '../kernel/read-model-query.dto';
import { donorPortfolio } from './read-models/tracker/donor-portfolio.query';
import { ListForumFollowThrough, ListOrganisationScorecards, ListOverdueCommitments } from './queries/read-model-lists';
import { TrackerReadModel } from './tracker-read-model';

@ApiTags('read models')
@ApiBearerAuth()
@Controller()
export class ReadModelsController {
  constructor(
    private readonly tracker: TrackerReadModel,
    private readonly queries: QueryBus,
  ) {}

  @Get('scorecards/organisations')
  @ApiOperation({ summary: 'Per responsible organisation: held by status, overdue, on-time rate, median days to implementation' })
  scorecards(@Query() query: OrganisationFilterDto, @Actor() actor: Principal) {
    return this.queries.execute(new ListOrganisationScorecards(query, actor));
  }

  @Get('follow-through/forums')
  @ApiOperation({ summary: 'Per forum: recommendations by status, overdue, implementation rate' })
  followThrough(@Query() query: ReadModelQueryDto, @Actor() actor: Principal) {
    return this.queries.execute(new ListForumFollowThrough(query, actor));
  }

  @Get('portfolios/:donorId')
  @ApiOperation({ summary: "A donor's portfolio: the forums it funds and their recommendations by status" })
  async portfolio(@Param('donorId', ParseUUIDPipe) donorId: string, @Query() query: ReadModelQueryDto, @Actor() actor: Principal) {
    const db = await this.tracker.reader(query);
    return donorPortfolio(db, this.tracker.donorScope(actor, donorId) as string, query.asOf);
  }

  @Get('overdue')
  @ApiOperation({ summary: 'Overdue commitments by age: 0-30, 31-90, over 90 days past due' })
  overdue(@Query() query: OrganisationFilterDto, @Actor() actor: Principal) {
    return this.queries.execute(new ListOverdueCommitments(query, actor));
  }
}
