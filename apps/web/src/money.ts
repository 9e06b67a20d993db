/**
 * Money travels as decimal strings ("125000.00"); it is formatted by splitting the string, and compared or
 * subtracted as integer cents (BigInt) — never through floating point. Sums come from the API.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

interface Parts {
  negative: boolean;
  whole: string;
  fraction: string;
}

function parts(value: string): Parts | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  return { negative: match[1] === '-', whole: match[2] ?? '0', fraction: match[3] ?? '' };
}

const integerFormats = new Map<string, Intl.NumberFormat>();
function integerFormat(lang: string): Intl.NumberFormat {
  let format = integerFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0, useGrouping: true });
    integerFormats.set(lang, format);
  }
  return format;
}

function symbol(lang: string, type: 'decimal' | 'minusSign'): string {
  const part = new Intl.NumberFormat(lang).formatToParts(-1.5).find((p) => p.type === type);
  return part?.value ?? (type === 'decimal' ? '.' : '-');
}

/**
 * "3000000.00" as the reader's language writes it ("3,000,000.00", "3 000 000,00", "3.000.000,00"), exactly:
 * the whole part is grouped by Intl.NumberFormat as a BigInt; the fraction is kept digit for digit (padded to
 * `minFraction`). A string that is not a decimal is shown as it is.
 */
export function formatDecimal(value: string, lang: string, minFraction = 2): string {
  const p = parts(value);
  if (!p) return value;
  const whole = integerFormat(lang).format(BigInt(p.whole));
  const fraction = p.fraction.padEnd(minFraction, '0');
  const isZero = /^0*$/.test(p.whole + p.fraction);
  return `${p.negative && !isZero ? symbol(lang, 'minusSign') : ''}${whole}${fraction ? symbol(lang, 'decimal') + fraction : ''}`;
}

/** "NOK 3,000,000.00": the ISO code as given, then the amount. */
export function formatMoney(value: string, lang: string, currency = 'USD'): string {
  return `${currency} ${formatDecimal(value, lang)}`;
}

/** A decimal string with at most two decimals as integer cents; null when it is not one. */
export function toCents(value: string): bigint | null {
  const p = parts(value);
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

/** Exact sum of decimal strings (e.g. the three years of a plan into its total). */
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

/** For drawing only (bar heights): never for sums or comparisons. */
export function chartNumber(value: string): number {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

export type AmountProblem = 'required' | 'format' | 'decimals' | 'zero';

/**
 * What a person typed into an amount field: digits, an optional point and at most `maxDecimals` decimals.
 * Answers the normalised decimal string, or the problem.
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
