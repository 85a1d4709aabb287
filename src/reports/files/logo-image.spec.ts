import { twoColourPng } from '../../../test/support/png';
import { RuleViolated } from '../../kernel/domain-errors';
import { MAX_LOGO_BYTES, logoMediaType } from './logo-image';

describe('a logo read from its content', () => {
  const png = twoColourPng(8, 4, [0, 0, 0], [255, 255, 255]);

  it('is a PNG by its signature and header, a JPEG by its start-of-image marker', () => {
    expect(logoMediaType(png)).toBe('image/png');
    expect(logoMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBe('image/jpeg');
  });

  it.each([
    ['empty', Buffer.alloc(0), /empty/],
    ['a GIF', Buffer.from('GIF89a', 'latin1'), /PNG or a JPEG/],
    ['text named .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), /PNG or a JPEG/],
    ['a PNG of no pixels', Buffer.concat([png.subarray(0, 16), Buffer.alloc(8), png.subarray(24)]), /no pixels/],
    ['too large', Buffer.concat([png, Buffer.alloc(MAX_LOGO_BYTES)]), /at most 65536/],
  ])('refuses %s', (_, bytes, message) => {
    expect(() => logoMediaType(bytes)).toThrow(RuleViolated);
    expect(() => logoMediaType(bytes)).toThrow(message);
  });
});
