import { EffectiveAtDto } from '../../forums/dto/validation';

/** Accepting needs nothing but, for history entered late, when it happened. */
export class AcceptRecommendationDto extends EffectiveAtDto {}
