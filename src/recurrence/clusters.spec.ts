import fc from 'fast-check';
import { connectedGroups } from './clusters';

describe('clusters of linked recommendations', () => {
  it('joins recommendations linked through others, and keeps apart those that are not', () => {
    const links = [
      { recommendationId: 'c', earlierId: 'b' },
      { recommendationId: 'b', earlierId: 'a' },
      { recommendationId: 'e', earlierId: 'd' },
    ];
    expect(connectedGroups(links)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    expect(connectedGroups([])).toEqual([]);
  });

  it('puts both ends of every link in one group, every recommendation in exactly one, and no group splits', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
    const link = fc.record({ recommendationId: id, earlierId: id }).filter((l) => l.recommendationId !== l.earlierId);
    fc.assert(
      fc.property(fc.array(link, { maxLength: 12 }), (links) => {
        const groups = connectedGroups(links);
        const groupOf = new Map(groups.flatMap((group, index) => group.map((member) => [member, index] as const)));
        const members = groups.flat();
        expect(new Set(members).size).toBe(members.length);
        expect(new Set(members)).toEqual(new Set(links.flatMap((l) => [l.recommendationId, l.earlierId])));
        for (const l of links) expect(groupOf.get(l.recommendationId)).toBe(groupOf.get(l.earlierId));
        // Within a group, every member is reached from the first by following links either way.
        for (const group of groups) {
          const reached = new Set([group[0]]);
          for (let grew = true; grew;) {
            grew = false;
            for (const l of links) {
              if (reached.has(l.recommendationId) !== reached.has(l.earlierId)) {
                reached.add(l.recommendationId).add(l.earlierId);
                grew = true;
              }
            }
          }
          expect([...reached].sort()).toEqual(group);
        }
      }),
    );
  });
});
