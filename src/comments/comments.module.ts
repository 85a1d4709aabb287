import { Module } from '@nestjs/common';
import { CommentsController } from './comments.controller';
import { RecommendationComments } from './recommendation-comments';

/** Comments and questions on recommendations, beside their lifecycle (see comment.events.ts). */
@Module({ controllers: [CommentsController], providers: [RecommendationComments] })
export class CommentsModule {}
