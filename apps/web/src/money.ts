import { decimalParts as parts } from '@ta/domain';

/**
 * Money on screen. Amounts travel as decimal strings ("125000.00") and are formatted by splitting the string;
 * sums, differences and what a person typed (toCents, sumDecimals, subtractDecimals, parseAmount) are the rule
 * kernel's, in `@ta/domain` — never floating point.
 */

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

const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(lang: string, currency: string | undefined, fractionDigits: number): Intl.NumberFormat {
  const key = `${lang}|${currency ?? ''}|${fractionDigits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      ...(currency ? { style: 'currency', currency } : {}),
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * An amount as the reader's language writes money: "$13,227,000", "13 227 000 $US", "13.227.000 US$";
 * "NOK 3,000,000.50". A whole figure has no decimals; otherwise every decimal the string has is shown (two at
 * least). Exact: Intl.NumberFormat formats the decimal string itself (ECMA-402 reads a string as an exact
 * decimal), never a float. Without a currency, the number alone (a column whose header names the currency).
 * A string that is not a decimal, or a code Intl does not know, is shown as it is.
 */
export function formatMoney(value: string, lang: string, currency?: string): string {
  const p = parts(value);
  if (!p) return value;
  const significant = p.fraction.replace(/0+$/, '');
  const isZero = /^0*$/.test(p.whole + significant);
  const fractionDigits = significant ? Math.max(2, significant.length) : 0;
  const exact = `${p.negative && !isZero ? '-' : ''}${p.whole}${significant ? `.${significant}` : ''}`;
  try {
    return moneyFormat(lang, currency, fractionDigits).format(exact as unknown as number); // string: exact decimal
  } catch {
    return `${currency ? `${currency} ` : ''}${formatDecimal(value, lang)}`;
  }
}

/** For drawing only (bar heights): never for sums or comparisons. */
export function chartNumber(value: string): number {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}
