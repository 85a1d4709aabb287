// The session token lives in sessionStorage: it ends with the tab, and never goes to another origin.
const KEY = 'follow-through.session';

/** @typedef {{ accountId: string, organisationId: string | null, role: 'coordinator'|'stakeholder'|'donor'|'viewer' }} Principal */
/** @typedef {{ token: string, expiresAt: string, principal: Principal }} Session */
/** @typedef {{ name: string, organisationId: string | null, language?: string, twoFactor?: { status: string } }} Account the signed-in account, as GET /accounts/:id answers it */
/** @typedef {{ session: Session, account: Account | null, query: Record<string, string> }} PageProps what every page is given */

/** @returns {Session | null} */
export function currentSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (session && Date.parse(session.expiresAt) > Date.now()) return session;
  } catch {
    // A damaged entry is as good as none.
  }
  return null;
}

/** @param {Session} session */
export function keepSession(session) {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function endSession() {
  sessionStorage.removeItem(KEY);
  window.dispatchEvent(new Event('follow-through:signed-out'));
}
