import { formatDate, formatDecimal } from './pdf-report.export.js';
import { section, type FigureCell } from './report-figures.types.js';

describe('report figures', () => {
  it('sums money columns exactly in cents and counts as integers, never as floats', () => {
    const rows: FigureCell[][] = Array.from({ length: 10 }, (_, i) => [`A${i}`, '0.10', 3]);
    rows.push(['B', '-0.05', null]);
    const s = section(
      'x',
      [
        { key: 'activity', type: 'text' },
        { key: 'cost', type: 'money', total: true },
        { key: 'activities', type: 'int', total: true },
      ],
      rows,
    );
    expect(s.totals).toEqual({ cost: '0.95', activities: '30' });
    // 0.1 summed ten times as floats is 0.9999999999999999; the totals row never is.
    expect(
      section('y', [{ key: 'cost', type: 'money', total: true }], [['99999999999999.99'], ['0.01']]).totals,
    ).toEqual({
      cost: '100000000000000.00',
    });
    expect(section('z', [{ key: 'title', type: 'text' }], [['a']]).totals).toBeNull();
  });

  it('refuses an amount that is not a decimal of at most two places rather than round it', () => {
    expect(() => section('x', [{ key: 'cost', type: 'money', total: true }], [['1.005']])).toThrow(/Not an amount/);
  });

  it('writes amounts and dates the way each language does, from the decimal string', () => {
    expect(formatDecimal('1234567.5', 'EN')).toBe('1,234,567.50');
    expect(formatDecimal('1234567.5', 'FR')).toBe('1\u202f234\u202f567,50');
    expect(formatDecimal('-1234567.05', 'ES')).toBe('-1.234.567,05');
    expect(formatDecimal('20.00', 'EN', null)).toBe('20');
    expect(formatDecimal('12', 'ES', 0)).toBe('12');
    expect(formatDate('2010-05-01', 'EN')).toBe('2010-05-01');
    expect(formatDate('2010-05-01', 'FR')).toBe('01/05/2010');
  });
});
