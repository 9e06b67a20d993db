import {
  emptyActual,
  emptyIndicator,
  emptyResult,
  indicatorValuesOf,
  mayChangeIndicatorUnit,
  measureBindingOf,
  toDefineIndicatorInput,
  toDefineResultInput,
  toRecordActualInput,
  validateActual,
  validateIndicator,
  validateResult,
} from './results-form';

describe('the result form', () => {
  it('needs output or outcome and a statement within the limit', () => {
    expect(validateResult(emptyResult())).toEqual({
      type: { key: 'validation.resultTypeRequired' },
      title: { key: 'validation.titleRequired' },
    });
    expect(validateResult({ type: 'OUTCOME', title: 'x'.repeat(501) })).toEqual({
      title: { key: 'validation.textTooLong', values: { max: 500 } },
    });
    expect(validateResult({ type: 'OUTPUT', title: 'Legislation drafted' })).toEqual({});
  });

  it('adds to the activity, or changes a result with the version read', () => {
    expect(toDefineResultInput({ activityId: 'a1' }, { type: 'OUTCOME', title: ' States report ' })).toEqual({
      activityId: 'a1',
      type: 'OUTCOME',
      title: 'States report',
    });
    expect(toDefineResultInput({ id: 'r1', version: 3 }, { type: 'OUTPUT', title: 'Guide' })).toEqual({
      id: 'r1',
      expectedVersion: 3,
      type: 'OUTPUT',
      title: 'Guide',
    });
  });
});

describe('the indicator form', () => {
  const valid = { ...emptyIndicator(), title: 'States trained', unit: 'NUMBER' as const };

  it('needs a title and a unit; baseline and target suit the unit; years the API takes', () => {
    expect(validateIndicator(emptyIndicator())).toEqual({
      title: { key: 'validation.titleRequired' },
      unit: { key: 'validation.unitRequired' },
    });
    expect(validateIndicator(valid)).toEqual({});
    expect(
      validateIndicator({ ...valid, unit: 'PERCENTAGE', baseline: '12.345', target: '120', targetYear: '2200' }),
    ).toEqual({
      baseline: { key: 'validation.indicatorValueFormat' },
      target: { key: 'validation.indicatorPercentage' },
      targetYear: { key: 'validation.resultYear', values: { min: 2000, max: 2100 } },
    });
    expect(validateIndicator({ ...valid, unit: 'YES_NO', target: '2' }).target).toEqual({
      key: 'validation.indicatorYesNo',
    });
  });

  it('is computed from workshop outcomes only as a number bound to a measure', () => {
    expect(validateIndicator({ ...valid, computed: true }).measure).toEqual({ key: 'validation.measureRequired' });
    expect(validateIndicator({ ...valid, unit: 'PERCENTAGE', computed: true, measure: 'WOMEN' }).measure).toEqual({
      key: 'validation.measureNeedsNumber',
    });
    expect(validateIndicator({ ...valid, computed: true, measure: 'PARTICIPANTS' })).toEqual({});
  });

  it('sends the measure only when computed, empty values as none', () => {
    expect(
      toDefineIndicatorInput('r1', { ...valid, measure: 'WOMEN', baseline: ' 0 ', baselineYear: '2008', target: '' }),
    ).toEqual({
      resultId: 'r1',
      title: 'States trained',
      unit: 'NUMBER',
      measure: null,
      baseline: '0',
      baselineYear: 2008,
      target: null,
      targetYear: null,
    });
    expect(toDefineIndicatorInput('r1', { ...valid, computed: true, measure: 'WOMEN' }).measure).toBe('WOMEN');
  });

  const read = {
    id: 'i1',
    version: 4,
    title: 'States trained',
    unit: 'NUMBER' as const,
    measure: null,
    baseline: '2.00',
    baselineYear: 2008,
    target: null,
    targetYear: null,
    illustrative: true,
    actuals: [{ computed: false }],
  };

  it('opens an indicator as read, and changes it at that version, keeping its illustrative mark', () => {
    const values = indicatorValuesOf(read);
    expect(values).toEqual({
      title: 'States trained',
      unit: 'NUMBER',
      computed: false,
      measure: '',
      baseline: '2.00',
      baselineYear: '2008',
      target: '',
      targetYear: '',
    });
    expect(validateIndicator(values)).toEqual({});
    expect(toDefineIndicatorInput(read, { ...values, target: '12', targetYear: '2011' })).toEqual({
      id: 'i1',
      expectedVersion: 4,
      illustrative: true,
      title: 'States trained',
      unit: 'NUMBER',
      measure: null,
      baseline: '2.00',
      baselineYear: 2008,
      target: '12',
      targetYear: 2011,
    });
    expect(indicatorValuesOf({ ...read, measure: 'WOMEN', actuals: [] })).toMatchObject({
      computed: true,
      measure: 'WOMEN',
    });
  });

  it('does not offer computing an indicator whose actuals were typed in by hand (the API refuses it)', () => {
    expect(measureBindingOf('NUMBER', read)).toBe('RECORDED_ACTUALS');
    expect(measureBindingOf('NUMBER', { ...read, actuals: [{ computed: true }] })).toBeNull();
    expect(measureBindingOf('NUMBER', undefined)).toBeNull();
    expect(measureBindingOf('', undefined)).toBeNull();
    // Nor a percentage or yes/no: outcome measures count people or things.
    expect(measureBindingOf('PERCENTAGE', undefined)).toBe('UNIT_NOT_NUMBER');
  });

  it('keeps the unit of an indicator with actuals recorded by hand (the API refuses a new one: UNIT_HAS_ACTUALS)', () => {
    expect(mayChangeIndicatorUnit(read)).toBe(false);
    expect(mayChangeIndicatorUnit({ ...read, actuals: [{ computed: true }] })).toBe(true);
    expect(mayChangeIndicatorUnit({ ...read, actuals: [] })).toBe(true);
    expect(mayChangeIndicatorUnit(undefined)).toBe(true);
  });
});

describe('the actual form', () => {
  const valid = { ...emptyActual(2009), value: '7', source: 'REPORT' as const, sourceRef: 'CTOC/COP/2010/6' };

  it('needs a year, a value suiting the unit, a source and what it is', () => {
    expect(validateActual('NUMBER', valid)).toEqual({});
    expect(validateActual('NUMBER', emptyActual(undefined))).toEqual({
      year: { key: 'validation.yearRequired' },
      value: { key: 'validation.valueRequired' },
      source: { key: 'validation.sourceRequired' },
      sourceRef: { key: 'validation.sourceRefRequired' },
    });
    expect(validateActual('YES_NO', { ...valid, value: '0.5', year: '1999' })).toEqual({
      year: { key: 'validation.resultYear', values: { min: 2000, max: 2100 } },
      value: { key: 'validation.indicatorYesNo' },
    });
  });

  it('sends the indicator’s version read, the note only when written', () => {
    expect(toRecordActualInput({ id: 'i1', version: 2 }, { ...valid, sourceRef: ' CTOC/COP/2010/6 ' })).toEqual({
      indicatorId: 'i1',
      expectedVersion: 2,
      year: 2009,
      value: '7',
      source: 'REPORT',
      sourceRef: 'CTOC/COP/2010/6',
    });
    expect(toRecordActualInput({ id: 'i1', version: 2 }, { ...valid, note: ' By region ' }).note).toBe('By region');
  });
});
