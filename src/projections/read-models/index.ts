import { Projection } from '../projection';
import { trackerProjection } from './tracker/tracker.projection';

/** Every read model the app keeps. */
export const READ_MODELS: Projection[] = [trackerProjection];
