import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../http/auth.decorators';
import { RebuildProjectionsDto } from './dto/rebuild-projections.dto';
import { ProjectionEngine } from './projection-engine';

@ApiTags('projections')
@ApiBearerAuth()
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly engine: ProjectionEngine) {}

  @Get()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Each projection: generation, checkpoint, lag, rebuild progress' })
  async status() {
    return { projections: await this.engine.health(), rebuilding: this.engine.rebuildProgress() };
  }

  @Post('rebuild')
  @HttpCode(202)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Rebuild projections from the start into a new generation; follow progress with GET /projections' })
  rebuild(@Body() body: RebuildProjectionsDto) {
    const names = body.projections ?? this.engine.names();
    const busy = names.filter((name) => this.engine.rebuildProgress().some((p) => p.projection === name));
    if (busy.length === 0) void this.engine.rebuild(names).catch(() => undefined);
    return { accepted: names, alreadyRebuilding: busy };
  }
}
