import type { Principal } from '../auth/principal';
import { AccessDenied } from '../event-sourcing/access-denied';

/** Forums are recorded and corrected by coordinators only. */
export function requireCoordinator(actor: Principal, action: string): void {
  if (actor.role !== 'coordinator') {
    throw new AccessDenied(`only a coordinator may ${action}; you are signed in as a ${actor.role}`);
  }
}
