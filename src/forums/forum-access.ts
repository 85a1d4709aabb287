import { requireRole } from '../kernel/access-policy';
import type { Principal } from '../kernel/principal';

/** Forums are recorded and corrected by coordinators only. */
export function requireCoordinator(actor: Principal, action: string): void {
  requireRole(actor, [], action);
}
