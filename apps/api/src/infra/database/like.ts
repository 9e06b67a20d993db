/** Escapes `%`, `_` and `\` so a user's search text matches itself inside an ILIKE pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
