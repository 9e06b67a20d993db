/** Money is exact: amounts travel as decimal strings, never as floating point numbers. */
export const DECIMAL_PATTERN = /^-?\d{1,13}(\.\d{1,8})?$/;
export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}
