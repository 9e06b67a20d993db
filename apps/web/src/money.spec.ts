import { centsToDecimal, parseAmount, subtractDecimals, sumDecimals, toCents } from '@ta/domain';
import { formatDecimal, formatMoney } from './money';

describe('formatDecimal', () => {
  it('groups the whole part as the language does and keeps the cents digit for digit', () => {
    expect(formatDecimal('3000000.00', 'en')).toBe('3,000,000.00');
    expect(formatDecimal('3000000.5', 'en')).toBe('3,000,000.50');
    expect(formatDecimal('1234567.89', 'es')).toBe('1.234.567,89');
    expect(formatDecimal('1234567.89', 'fr').replace(/\s/g, ' ')).toBe('1 234 567,89');
    expect(formatDecimal('0.14170000', 'en', 2)).toBe('0.14170000');
    expect(formatDecimal('42', 'en')).toBe('42.00');
  });

  it('is exact beyond what a float can hold', () => {
    expect(formatDecimal('9007199254740993.01', 'en')).toBe('9,007,199,254,740,993.01');
  });

  it('writes a negative gap with the minus sign, never "-0", and leaves what is not a number alone', () => {
    expect(formatDecimal('-1500.25', 'en')).toMatch(/^[-−]1,500\.25$/);
    expect(formatDecimal('-0.00', 'en')).toBe('0.00');
    expect(formatDecimal('n/a', 'en')).toBe('n/a');
  });
});

describe('formatMoney', () => {
  const plain = (s: string) => s.replace(/[\s\u202f\u00a0]/g, ' ');

  it('writes the currency where the language puts it, and no decimals on a whole figure', () => {
    expect(formatMoney('13227000.00', 'en', 'USD')).toBe('$13,227,000');
    expect(plain(formatMoney('13227000.00', 'fr', 'USD'))).toBe('13 227 000 $US');
    expect(plain(formatMoney('13227000.00', 'es', 'USD'))).toBe('13.227.000 US$');
    expect(formatMoney('3000000', 'en', 'NOK')).toMatch(/^NOK\s3,000,000$/);
  });

  it('keeps every decimal a fraction has, two at least', () => {
    expect(formatMoney('1234.5', 'en', 'USD')).toBe('$1,234.50');
    expect(plain(formatMoney('1234.56', 'fr', 'EUR'))).toBe('1 234,56 €');
    expect(formatMoney('0.125', 'en')).toBe('0.125');
    expect(formatMoney('105000.00', 'en')).toBe('105,000');
  });

  it('is exact beyond what a float can hold, even in a currency without cents', () => {
    expect(formatMoney('9007199254740993.01', 'en', 'USD')).toBe('$9,007,199,254,740,993.01');
    expect(formatMoney('3000000.40', 'en', 'JPY')).toBe('¥3,000,000.40');
  });

  it('never writes "-0", and leaves what is not a number alone', () => {
    expect(formatMoney('-0.00', 'en', 'USD')).toBe('$0');
    expect(formatMoney('-1500.25', 'en', 'USD')).toMatch(/^[-−]\$1,500\.25$/);
    expect(formatMoney('n/a', 'en', 'USD')).toBe('n/a');
  });
});

describe('cents', () => {
  it('turns decimal strings into integer cents and back', () => {
    expect(toCents('122000.00')).toBe(12200000n);
    expect(toCents('0.5')).toBe(50n);
    expect(toCents('-3.07')).toBe(-307n);
    expect(toCents('1.234')).toBeNull();
    expect(toCents('1e3')).toBeNull();
    expect(centsToDecimal(12200000n)).toBe('122000.00');
    expect(centsToDecimal(-5n)).toBe('-0.05');
  });

  it('adds and subtracts exactly (0.1 + 0.2 is 0.30)', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(['30000.00', '30000.00', '30000.00'])).toBe('90000.00');
    expect(sumDecimals([])).toBe('0.00');
    expect(subtractDecimals('122000.00', '1234.56')).toBe('120765.44');
    expect(subtractDecimals('0.00', '0.01')).toBe('-0.01');
  });
});

describe('parseAmount', () => {
  it('accepts digits with at most two decimals and normalises them', () => {
    expect(parseAmount(' 1500 ')).toEqual({ value: '1500.00' });
    expect(parseAmount('0012.5')).toEqual({ value: '12.50' });
    expect(parseAmount('1.27450000', 8)).toEqual({ value: '1.27450000' });
  });

  it('names what is wrong', () => {
    expect(parseAmount('')).toEqual({ problem: 'required' });
    expect(parseAmount('1,500')).toEqual({ problem: 'format' });
    expect(parseAmount('-5')).toEqual({ problem: 'format' });
    expect(parseAmount('10.123')).toEqual({ problem: 'decimals' });
    expect(parseAmount('0.00')).toEqual({ problem: 'zero' });
  });
});
