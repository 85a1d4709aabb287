import { get } from './api.js';

// Organisation names for ids shown all over the interface (responsible, actors, funders), loaded once per page view.
/** @typedef {{ id: string, name: string, kind: string, active: boolean }} OrganisationEntry */
/** @type {Promise<Map<string, OrganisationEntry>> | null} */
let organisations = null;

/** @returns {Promise<Map<string, OrganisationEntry>>} */
export async function loadOrganisations(fresh = false) {
  if (!organisations || fresh) {
    organisations = get('/organisations', { pageSize: 500 }).then(({ body }) => new Map(body.items.map((/** @type {OrganisationEntry} */ o) => [o.id, o])));
    organisations.catch(() => (organisations = null));
  }
  return organisations;
}

export function forgetOrganisations() {
  organisations = null;
}
