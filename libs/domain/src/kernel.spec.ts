import { MAX_PASSWORD_LENGTH, newPasswordRuleBroken, passwordRuleBroken } from './access.js';
import { LEGISLATION_FILE_LIMITS, startsLikePdf } from './limits.js';
import {
  isPeriodStart,
  isSubAreaOf,
  M49_CODE_PATTERN,
  mayBuildOn,
  periodEnd,
  STATE_ISO3_PATTERN,
} from './programme.js';
import { isCalendarDate, isNotInFuture, latestPastDate, todayUtc } from './dates.js';
import {
  centsToDecimal,
  isPositiveAmount,
  isPositiveRate,
  parseAmount,
  sumDecimals,
  subtractDecimals,
  toCents,
} from './money.js';

describe('dates: one definition of today (UTC) and of "not in the future"', () => {
  const now = new Date('2026-12-01T23:30:00Z');

  it('takes today in UTC and allows one day of grace for offices east of Greenwich', () => {
    expect(todayUtc(now)).toBe('2026-12-01');
    expect(latestPastDate(now)).toBe('2026-12-02');
    expect(isNotInFuture('2026-12-02', now)).toBe(true);
    expect(isNotInFuture('2026-12-03', now)).toBe(false);
  });

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2008-06-10')).toBe(true);
    expect(isCalendarDate('2009-02-29')).toBe(false);
    expect(isCalendarDate('2008-6-10')).toBe(false);
    expect(isCalendarDate(20080610)).toBe(false);
    expect(isNotInFuture('2009-02-30', now)).toBe(false);
  });
});

describe('money: exact, two decimals, never floating point', () => {
  it('accepts positive amounts with at most two decimals', () => {
    expect(['1', '12.5', '45000.00', '0.01', '9999999999999.99'].every(isPositiveAmount)).toBe(true);
    expect(['0', '0.00', '1.234', '-5', '1e3', '', ' 1', '10000000000000'].some(isPositiveAmount)).toBe(false);
    expect(isPositiveRate('0.14170000')).toBe(true);
    expect(isPositiveRate('0')).toBe(false);
  });

  it('parses what a person types and says what is wrong', () => {
    expect(parseAmount('1200')).toEqual({ value: '1200.00' });
    expect(parseAmount('007.5')).toEqual({ value: '7.50' });
    expect(parseAmount('')).toEqual({ problem: 'required' });
    expect(parseAmount('1,200')).toEqual({ problem: 'format' });
    expect(parseAmount('1.234')).toEqual({ problem: 'decimals' });
    expect(parseAmount('0.00')).toEqual({ problem: 'zero' });
  });

  it('adds and subtracts in integer cents', () => {
    expect(toCents('0.1')).toBe(10n);
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(subtractDecimals('100.00', '100.01')).toBe('-0.01');
    expect(centsToDecimal(9007199254740993n)).toBe('90071992547409.93');
    expect(toCents('1.234')).toBeNull();
  });
});

describe('programme: an event dated to a day, a month or a quarter (issue 17)', () => {
  it('starts a month on its first day and a quarter on the first day of January, April, July or October', () => {
    expect(isPeriodStart('DAY', '2008-04-14')).toBe(true);
    expect(isPeriodStart('MONTH', '2008-04-01')).toBe(true);
    expect(isPeriodStart('MONTH', '2008-04-14')).toBe(false);
    expect(isPeriodStart('QUARTER', '2008-10-01')).toBe(true);
    expect(isPeriodStart('QUARTER', '2008-11-01')).toBe(false);
    expect(isPeriodStart('YEAR', '2004-01-01')).toBe(true);
    expect(isPeriodStart('YEAR', '2004-07-01')).toBe(false);
  });

  it('ends it on its last day, leap years included', () => {
    expect(periodEnd('MONTH', '2008-02-01')).toBe('2008-02-29');
    expect(periodEnd('MONTH', '2007-06-01')).toBe('2007-06-30');
    expect(periodEnd('QUARTER', '2008-10-01')).toBe('2008-12-31');
    expect(periodEnd('QUARTER', '2009-01-01')).toBe('2009-03-31');
    expect(periodEnd('DAY', '2008-08-25')).toBe('2008-08-25');
    expect(periodEnd('YEAR', '2004-01-01')).toBe('2004-12-31');
  });
});

describe('a law’s file', () => {
  it('is a PDF by its first bytes (%PDF-), not by its name', () => {
    expect(startsLikePdf(new TextEncoder().encode('%PDF-1.7\n'))).toBe(true);
    expect(startsLikePdf(new TextEncoder().encode('%PDF'))).toBe(false);
    expect(startsLikePdf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe(false);
    expect(startsLikePdf(new Uint8Array())).toBe(false);
    expect(LEGISLATION_FILE_LIMITS.pdfKb).toBeLessThan(256 * 0.75);
  });
});

describe('passwords: the rules a chosen password keeps', () => {
  it('refuses short, overlong and one-character passwords', () => {
    expect(passwordRuleBroken('short')).toBe('TOO_SHORT');
    expect(passwordRuleBroken('x'.repeat(MAX_PASSWORD_LENGTH + 1))).toBe('TOO_LONG');
    expect(passwordRuleBroken('aaaaaaaaaaaa')).toBe('REPEATED');
    expect(passwordRuleBroken('a brand new passphrase')).toBeNull();
  });

  it('a new password of one’s own keeps them and differs from the current one', () => {
    expect(newPasswordRuleBroken('correct horse battery', 'short')).toBe('TOO_SHORT');
    expect(newPasswordRuleBroken('correct horse battery', 'correct horse battery')).toBe('UNCHANGED');
    expect(newPasswordRuleBroken('correct horse battery', 'a brand new passphrase')).toBeNull();
  });
});

describe('programme: where an activity sits and what it builds on', () => {
  it('places a sub-area in the priority area whose letter it starts with', () => {
    expect(isSubAreaOf('C.b', 'C')).toBe(true);
    expect(isSubAreaOf('B.b', 'C')).toBe(false);
    expect(isSubAreaOf('C.z', 'C')).toBe(false);
    expect(isSubAreaOf('C.b', '')).toBe(false);
  });

  it('lets only a proposal build on activities', () => {
    expect(mayBuildOn('PROPOSED')).toBe(true);
    expect(mayBuildOn('CURRENT')).toBe(false);
  });

  it('reads M49 codes and ISO alpha-3 codes as the API does', () => {
    expect(M49_CODE_PATTERN.test('014')).toBe(true);
    expect(M49_CODE_PATTERN.test('14')).toBe(false);
    expect(STATE_ISO3_PATTERN.test('KEN')).toBe(true);
    expect(STATE_ISO3_PATTERN.test('ken')).toBe(false);
  });
});
