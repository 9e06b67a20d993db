import { DateScalar, DateTimeScalar, DecimalScalar, isCalendarDate } from './scalars.js';
import { decodeCursor, encodeCursor, pageSize } from './pagination.js';
import { isNotInFuture } from '@ta/domain';

describe('scalars and paging helpers', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2008-06-10')).toBe(true);
    expect(isCalendarDate('2008-02-29')).toBe(true);
    expect(isCalendarDate('2007-02-29')).toBe(false);
    expect(isCalendarDate('10/06/2008')).toBe(false);
    expect(() => DateScalar.parseValue('2008-13-01')).toThrow(/YYYY-MM-DD/);
    expect(DateScalar.serialize('2008-06-10')).toBe('2008-06-10');
    expect(() => DateScalar.serialize('10 June 2008')).toThrow(/YYYY-MM-DD/);
  });

  it('writes a moment as Date#toISOString does, passing through a text already written so', () => {
    const at = new Date(Date.UTC(2008, 5, 10, 9, 30, 0, 123));
    expect(DateTimeScalar.serialize(at)).toBe('2008-06-10T09:30:00.123Z');
    expect(DateTimeScalar.serialize('2008-06-10T09:30:00.123Z')).toBe('2008-06-10T09:30:00.123Z');
    // Any other text is read as a moment and written in that form.
    expect(DateTimeScalar.serialize('2008-06-10 11:30:00.123456+02')).toBe('2008-06-10T09:30:00.123Z');
    expect(DateTimeScalar.serialize('2008-06-10T09:30:00Z')).toBe('2008-06-10T09:30:00.000Z');
    expect(() => DateTimeScalar.serialize('not a moment')).toThrow();
  });

  it('keeps money as exact decimal strings and refuses numbers', () => {
    expect(DecimalScalar.parseValue('125000.00')).toBe('125000.00');
    expect(() => DecimalScalar.parseValue(125000.1)).toThrow(/as a string/);
    expect(() => DecimalScalar.parseValue('1e5')).toThrow();
    expect(DecimalScalar.serialize('0.10')).toBe('0.10');
  });

  it('round-trips cursors and refuses forged ones', () => {
    const cursor = encodeCursor(['2008-07-15', '1c1ddf4e-82b5-477e-9447-2955c4ec8ea9']);
    expect(decodeCursor(cursor, 2)).toEqual(['2008-07-15', '1c1ddf4e-82b5-477e-9447-2955c4ec8ea9']);
    expect(() => decodeCursor('garbage', 2)).toThrow(/start again from the first page/);
    expect(() => decodeCursor(encodeCursor(['x']), 2)).toThrow();
  });

  it('pages 50 by default and at most 200', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(200)).toBe(200);
    expect(() => pageSize(201)).toThrow(/between 0 and 200/);
    expect(() => pageSize(-1)).toThrow();
  });

  it('lets a date through up to one day ahead of UTC, for offices east of Greenwich', () => {
    const now = new Date('2008-06-10T23:00:00Z');
    expect(isNotInFuture('2008-06-10', now)).toBe(true);
    expect(isNotInFuture('2008-06-11', now)).toBe(true);
    expect(isNotInFuture('2008-06-12', now)).toBe(false);
  });
});
