/** Recommendations joined by links, directly or through others (the connected components), each sorted; singletons left out. */
export function connectedGroups(links: { recommendationId: string; earlierId: string }[]): string[][] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at) as string;
    parent.set(id, at);
    return at;
  };
  for (const { recommendationId, earlierId } of links) {
    for (const id of [recommendationId, earlierId]) if (!parent.has(id)) parent.set(id, id);
    const [a, b] = [root(recommendationId), root(earlierId)];
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) groups.set(root(id), [...(groups.get(root(id)) ?? []), id]);
  return [...groups.values()].filter((group) => group.length > 1).map((group) => group.sort());
}
