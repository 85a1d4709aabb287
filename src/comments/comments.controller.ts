import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Actor, Roles } from '../http/auth.decorators';
import type { Principal } from '../kernel/principal';
import { commandContextFrom } from '../http/command-context';
import { CommentDto } from './dto/comment.dto';
import { RecommendationComments } from './recommendation-comments';

@ApiTags('recommendations')
@ApiBearerAuth()
@Controller('recommendations/:id/comments')
export class CommentsController {
  constructor(private readonly comments: RecommendationComments) {}

  @Post()
  @Roles('coordinator', 'stakeholder', 'donor')
  @ApiOperation({ summary: 'Comment on a recommendation or ask a question, without disputing anything (an event of its own)' })
  add(@Param('id', ParseUUIDPipe) id: string, @Body() body: CommentDto, @Req() request: FastifyRequest, @Actor() actor: Principal) {
    return this.comments.add(id, body, commandContextFrom(request, actor));
  }

  @Get()
  @ApiOperation({ summary: 'The comments and questions on a recommendation, oldest first' })
  list(@Param('id', ParseUUIDPipe) id: string, @Actor() actor: Principal) {
    return this.comments.list(id, actor);
  }
}
