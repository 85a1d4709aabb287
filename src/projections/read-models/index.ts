import { Projection } from '../projection';
import { accountAuditProjection } from './account-audit/account-audit.projection';
import { trackerProjection } from './tracker/tracker.projection';

/** Every read model the app keeps. */
export const READ_MODELS: Projection[] = [trackerProjection, accountAuditProjection];
