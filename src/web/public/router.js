import { useEffect, useState } from 'preact/hooks';

// Pages are hash routes (#/recommendations/<id>), so the page at / never shadows an API path.

/** @returns {{ path: string[], query: Record<string, string>, hash: string }} */
export function currentRoute() {
  const { hash } = location;
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: Object.fromEntries(new URLSearchParams(query)), hash };
}

export function useRoute() {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const changed = () => setRoute((shown) => (location.hash === shown.hash ? shown : currentRoute()));
    window.addEventListener('hashchange', changed);
    // The hash may have changed between the first render and this effect (a link opened while the page loaded,
    // before anyone listened): catch up with it now.
    changed();
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

/** @param {string} path e.g. "/forums" @param {Record<string, unknown>} [query] */
export function href(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

/** @param {string} path @param {Record<string, unknown>} [query] */
export function go(path, query) {
  location.hash = href(path, query).slice(1);
}
