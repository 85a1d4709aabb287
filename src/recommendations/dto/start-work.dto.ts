import { EffectiveAtDto } from '../../forums/dto/validation';

/** Starting work needs nothing but, for history entered late, when it happened. */
export class StartWorkDto extends EffectiveAtDto {}
