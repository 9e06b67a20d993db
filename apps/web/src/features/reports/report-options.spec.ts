import { parseYears, reportOptionsInput, validateReportOptions, type ReportOptionValues } from './report-options';

const values = (over: Partial<ReportOptionValues> = {}): ReportOptionValues => ({
  years: '',
  priorityAreaCodes: [],
  donorId: '',
  phase: '',
  language: 'EN',
  ...over,
});

describe('report options as typed', () => {
  it('reads years written with commas, spaces or semicolons', () => {
    expect(parseYears('2011, 2009;2010 2010')).toEqual([2009, 2010, 2011]);
    expect(parseYears('')).toEqual([]);
    expect(parseYears('2010, twenty')).toBeNull();
    expect(parseYears('201')).toBeNull();
  });

  it('refuses, as the person types, a year outside the programme (the rule kernel) or one that is not a year', () => {
    expect(validateReportOptions(values({ years: '2010, 2011' }))).toEqual({});
    expect(validateReportOptions(values({ years: '2008, 2010' }))).toEqual({
      years: { key: 'validation.reportYearsOutside', values: { years: '2008', planYears: '2009, 2010, 2011' } },
    });
    expect(validateReportOptions(values({ years: '10' }))).toEqual({
      years: { key: 'validation.reportYearsFormat' },
    });
  });

  it('sends only the options set', () => {
    expect(reportOptionsInput(values({ language: 'FR' }))).toEqual({ language: 'FR' });
    expect(reportOptionsInput(values({ years: '2011 2009', priorityAreaCodes: ['B'], donorId: 'd-1' }))).toEqual({
      language: 'EN',
      years: [2009, 2011],
      priorityAreaCodes: ['B'],
      donorId: 'd-1',
    });
    expect(reportOptionsInput(values({ phase: 'CURRENT' }))).toEqual({ language: 'EN', phases: ['CURRENT'] });
  });
});
