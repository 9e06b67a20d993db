import { formatPeriod } from './format';

const quarter = (q: number, year: number) => `Q${q} ${year}`;

describe('formatPeriod: an event’s dates as exactly as the source gives them', () => {
  it('writes a month as the language names it, and a quarter through its words', () => {
    expect(formatPeriod('2008-04-01', '2008-04-30', 'MONTH', 'en', quarter)).toBe('April 2008');
    expect(formatPeriod('2008-04-01', '2008-04-30', 'MONTH', 'fr', quarter)).toBe('avril 2008');
    expect(formatPeriod('2008-04-01', '2008-04-30', 'MONTH', 'es', quarter)).toBe('abril de 2008');
    expect(formatPeriod('2008-10-01', '2008-12-31', 'QUARTER', 'en', quarter)).toBe('Q4 2008');
    expect(formatPeriod('2009-01-01', '2009-03-31', 'QUARTER', 'en', quarter)).toBe('Q1 2009');
  });

  it('writes a year as its number (footnote 14: "Vienna, 2004")', () => {
    expect(formatPeriod('2004-01-01', '2004-12-31', 'YEAR', 'fr', quarter)).toBe('2004');
  });

  it('writes days as a range, or one day once', () => {
    expect(formatPeriod('2008-08-25', '2008-08-29', 'DAY', 'en', quarter)).toBe('Aug 25, 2008 – Aug 29, 2008');
    expect(formatPeriod('2008-08-25', '2008-08-25', 'DAY', 'en', quarter)).toBe('Aug 25, 2008');
  });
});
