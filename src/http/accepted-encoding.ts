/** The first of `offers` the Accept-Encoding header allows with the highest q (identity unless refused). */
export function acceptedEncoding(header: string | string[] | undefined, offers: readonly string[]): string | undefined {
  const asked = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    asked.set(name, q === undefined ? 1 : Number(q));
  }
  const qualityOf = (offer: string): number => asked.get(offer) ?? (offer === 'identity' ? (asked.get('*') ?? 0.001) : (asked.get('*') ?? 0));
  let best: string | undefined;
  for (const offer of offers) if (qualityOf(offer) > 0 && (best === undefined || qualityOf(offer) > qualityOf(best))) best = offer;
  return best;
}
