import { get } from './api.js';

// Organisation names for ids shown all over the interface (responsible, actors, funders), loaded once per page view.
let organisations = null;

/** @returns {Promise<Map<string, { id: string, name: string, kind: string, active: boolean }>>} */
export async function loadOrganisations(fresh = false) {
  if (!organisations || fresh) {
    organisations = get('/organisations', { pageSize: 500 }).then(({ body }) => new Map(body.items.map((o) => [o.id, o])));
    organisations.catch(() => (organisations = null));
  }
  return organisations;
}

export function forgetOrganisations() {
  organisations = null;
}
