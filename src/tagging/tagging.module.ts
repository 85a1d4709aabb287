import { Global, Module } from '@nestjs/common';
import { TagVocabularies } from '../recommendations/tag-vocabularies';
import { Vocabularies } from '../vocabularies/vocabularies';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';
import { TagMigration } from './tag-migration';
import { TaggingController } from './tagging.controller';

/**
 * Recommendations tagged from the vocabularies: the recommendations' port bound to the vocabularies' provider
 * (global: the recommendation facts and the list need it), and the migration of the free text recorded before.
 */
@Global()
@Module({
  imports: [VocabulariesModule],
  controllers: [TaggingController],
  providers: [{ provide: TagVocabularies, useExisting: Vocabularies }, TagMigration],
  exports: [TagVocabularies, VocabulariesModule],
})
export class TaggingModule {}
