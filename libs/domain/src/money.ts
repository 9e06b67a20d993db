/**
 * Money is exact: amounts travel as decimal strings ("125000.00") and are added, compared and subtracted as
 * integer cents (BigInt) — never through floating point. The API's validators, its services, the web forms
 * and the tests use these; sums of many rows are done by PostgreSQL (NUMERIC).
 */

/** Any decimal the API stores (rates have up to 8 decimals). */
export const DECIMAL_PATTERN = /^-?\d{1,13}(\.\d{1,8})?$/;
/** An amount of money a person types: digits, an optional point and at most two decimals. */
export const AMOUNT_PATTERN = /^\d{1,13}(\.\d{1,2})?$/;
/** An exchange rate to US dollars: up to 8 decimals. */
export const RATE_PATTERN = /^\d{1,10}(\.\d{1,8})?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/** A positive amount with at most two decimals ("0.00" is not one). */
export function isPositiveAmount(value: unknown): value is string {
  return typeof value === 'string' && AMOUNT_PATTERN.test(value) && !/^0*(\.0*)?$/.test(value);
}

/** A positive exchange rate with at most eight decimals. */
export function isPositiveRate(value: unknown): value is string {
  return typeof value === 'string' && RATE_PATTERN.test(value) && !/^0*(\.0*)?$/.test(value);
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export interface DecimalParts {
  negative: boolean;
  whole: string;
  fraction: string;
}

export function decimalParts(value: string): DecimalParts | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  return { negative: match[1] === '-', whole: match[2] ?? '0', fraction: match[3] ?? '' };
}

/** A decimal string with at most two decimals as integer cents; null when it is not one. */
export function toCents(value: string): bigint | null {
  const p = decimalParts(value);
  if (!p || p.fraction.length > 2) return null;
  const cents = BigInt(p.whole) * 100n + BigInt(p.fraction.padEnd(2, '0'));
  return p.negative ? -cents : cents;
}

/** Integer cents back to a decimal string with two decimals ("-12.05"). */
export function centsToDecimal(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Exact sum of decimal strings with at most two decimals. */
export function sumDecimals(values: readonly string[]): string {
  let total = 0n;
  for (const value of values) {
    const cents = toCents(value);
    if (cents === null) throw new Error(`Not an amount with at most two decimals: ${value}`);
    total += cents;
  }
  return centsToDecimal(total);
}

/** a − b, exactly. */
export function subtractDecimals(a: string, b: string): string {
  const x = toCents(a);
  const y = toCents(b);
  if (x === null || y === null) throw new Error(`Not amounts with at most two decimals: ${a}, ${b}`);
  return centsToDecimal(x - y);
}

export type AmountProblem = 'required' | 'format' | 'decimals' | 'zero';

/**
 * What a person typed into an amount field: digits, an optional point and at most `maxDecimals` decimals.
 * Answers the normalised decimal string ("1200" → "1200.00"), or the problem.
 */
export function parseAmount(raw: string, maxDecimals = 2): { value: string } | { problem: AmountProblem } {
  const text = raw.trim();
  if (!text) return { problem: 'required' };
  const match = /^(\d{1,13})(?:\.(\d+))?$/.exec(text);
  if (!match) return { problem: 'format' };
  const fraction = match[2] ?? '';
  if (fraction.length > maxDecimals) return { problem: 'decimals' };
  if (/^0*$/.test((match[1] ?? '') + fraction)) return { problem: 'zero' };
  const whole = (match[1] ?? '0').replace(/^0+(?=\d)/, '');
  return { value: `${whole}.${fraction.padEnd(Math.max(2, fraction.length), '0')}` };
}

/**
 * How an amount is split between n equal shares (an activity's beneficiaries, by region): its cents divided
 * by n, the remaining cents going one each to the first shares (rank 1 first), so the shares always add back
 * to the amount to the cent. The funding gap applies the same rule in SQL (FundingGapRepository.gaps); the
 * property test holds the two together.
 */
export function splitCentsEvenly(cents: bigint, n: number): bigint[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('A split needs at least one share.');
  const count = BigInt(n);
  const base = cents / count;
  const left = cents % count;
  return Array.from({ length: n }, (_, i) => base + (BigInt(i) < left ? 1n : 0n));
}
