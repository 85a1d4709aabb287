import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { eventIdFor } from './event-ids';

/** The derivation as it was first written (a Hash object per id): retried commands across versions must get the same ids. */
function reference(commandId: string, streamId: string, index: number): string {
  const hex = createHash('sha256').update(`${commandId}\u0000${streamId}\u0000${index}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

describe('eventIdFor', () => {
  it('derives the same id as the first derivation, shaped as a version-5 UUID', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), fc.integer({ min: -1, max: 1000 }), (commandId, streamId, index) => {
        const id = eventIdFor(commandId, streamId, index);
        expect(id).toBe(reference(commandId, streamId, index));
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }),
    );
  });
});
