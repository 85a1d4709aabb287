import { RuleViolated } from '../../kernel/domain-errors';
import { LogoReference } from '../../reporting-framework/reporting-framework.events';

/** A logo is small: it stands on a cover, and travels in a JSON body (base64) under the API's body limit. */
export const MAX_LOGO_BYTES = 64 * 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What the bytes are, read from the bytes themselves (never from a name or a declared type): PNG or JPEG, or refused. */
export function logoMediaType(bytes: Buffer): LogoReference['mediaType'] {
  if (bytes.length === 0) throw new RuleViolated('image', 'image is empty');
  if (bytes.length > MAX_LOGO_BYTES) throw new RuleViolated('image', `image is ${bytes.length} bytes; a logo may have at most ${MAX_LOGO_BYTES}`);
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.subarray(12, 16).toString('latin1') === 'IHDR') {
    if (bytes.readUInt32BE(16) === 0 || bytes.readUInt32BE(20) === 0) throw new RuleViolated('image', 'image is a PNG with no pixels');
    return 'image/png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  throw new RuleViolated('image', 'image must be a PNG or a JPEG (its content is neither)');
}
