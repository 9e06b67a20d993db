import { badInput } from '../errors/common-errors.js';

/** A file sent through GraphQL as base64 text (an XLSX import, a law's PDF): its bytes, or BAD_USER_INPUT on `field`. */
export function base64Bytes(content: string, field = 'content'): Buffer {
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(content)) throw badInput(`${field} must be the file in base64.`, field);
  return Buffer.from(content, 'base64');
}
