import {
  emptyNewActivity,
  isNewActivityField,
  toCreateActivityInput,
  validateNewActivity,
  type NewActivityValues,
} from './new-activity-form';

const PLAN = [2009, 2010, 2011];
const valid: NewActivityValues = {
  ...emptyNewActivity(),
  code: 'IV.B.9-1',
  title: 'Regional workshop on cybercrime',
  priorityAreaCode: 'C',
  activityType: 'WORKSHOP',
};

describe('validateNewActivity', () => {
  it('accepts the required fields alone, as a proposal by default', () => {
    expect(emptyNewActivity().phase).toBe('PROPOSED');
    expect(validateNewActivity(valid, PLAN)).toEqual({});
  });

  it('names every required field of an empty form, and only those', () => {
    expect(Object.keys(validateNewActivity(emptyNewActivity(), PLAN)).sort()).toEqual(
      ['activityType', 'code', 'priorityAreaCode', 'title'].sort(),
    );
    expect(validateNewActivity(emptyNewActivity(), PLAN).code?.key).toBe('validation.activityCodeRequired');
  });

  it("refuses a code the API's pattern refuses (the rule kernel's)", () => {
    for (const code of ['X', 'IV B 5', 'IV/B/5', 'A'.repeat(31)]) {
      expect(validateNewActivity({ ...valid, code }, PLAN).code?.key).toBe('validation.activityCodeFormat');
    }
    for (const code of ['IV.B.5-6', 'ab', 'A'.repeat(30)])
      expect(validateNewActivity({ ...valid, code }, PLAN)).toEqual({});
  });

  it('needs a title of at least three characters, at most 300', () => {
    expect(validateNewActivity({ ...valid, title: '  ' }, PLAN).title?.key).toBe('validation.activityTitleRequired');
    expect(validateNewActivity({ ...valid, title: 'ab' }, PLAN).title).toEqual({
      key: 'validation.activityTitleTooShort',
      values: { min: 3 },
    });
    expect(validateNewActivity({ ...valid, title: 'x'.repeat(301) }, PLAN).title?.key).toBe('validation.textTooLong');
  });

  it("dates a proposal within the plan's years, current work from 2000, and never ends before it starts", () => {
    expect(validateNewActivity({ ...valid, startsOn: '2008-03-01' }, PLAN).startsOn).toEqual({
      key: 'validation.activityDateOutsidePlan',
      values: { first: 2009, last: 2011 },
    });
    expect(validateNewActivity({ ...valid, phase: 'CURRENT', startsOn: '2008-03-01' }, PLAN)).toEqual({});
    expect(validateNewActivity({ ...valid, endsOn: '2012-01-01' }, PLAN).endsOn?.key).toBe(
      'validation.activityDateOutsidePlan',
    );
    expect(validateNewActivity({ ...valid, startsOn: '2010-02-30' }, PLAN).startsOn?.key).toBe(
      'validation.dateInvalid',
    );
    expect(validateNewActivity({ ...valid, startsOn: '2010-06-01', endsOn: '2010-05-31' }, PLAN).endsOn?.key).toBe(
      'validation.endsBeforeStarts',
    );
    expect(validateNewActivity({ ...valid, startsOn: '2010-06-01', endsOn: '2010-06-01' }, PLAN)).toEqual({});
    // Another plan (the API's PLAN_YEARS) moves the window.
    expect(validateNewActivity({ ...valid, startsOn: '2012-01-01' }, [2010, 2011, 2012])).toEqual({});
  });

  it('keeps to the lengths the API accepts for the optional texts', () => {
    expect(validateNewActivity({ ...valid, description: 'x'.repeat(5001) }, PLAN).description?.key).toBe(
      'validation.textTooLong',
    );
    expect(validateNewActivity({ ...valid, sourceParagraph: 'x'.repeat(51) }, PLAN).sourceParagraph?.key).toBe(
      'validation.textTooLong',
    );
    const many = Array.from({ length: 21 }, (_, i) => `Partner ${i}`).join('\n');
    expect(validateNewActivity({ ...valid, partners: many }, PLAN).partners?.key).toBe('validation.tooMany');
    expect(validateNewActivity({ ...valid, partners: 'x'.repeat(101) }, PLAN).partners?.key).toBe(
      'validation.textTooLong',
    );
  });
});

describe('toCreateActivityInput', () => {
  it('sends the trimmed values, partners one a line, and leaves out the optional fields left empty', () => {
    expect(toCreateActivityInput({ ...valid, code: ' IV.B.9-1 ', title: ' Workshop ' })).toEqual({
      code: 'IV.B.9-1',
      title: 'Workshop',
      priorityAreaCode: 'C',
      activityType: 'WORKSHOP',
      phase: 'PROPOSED',
      description: '',
      beneficiaryStates: [],
      partners: [],
    });
    expect(
      toCreateActivityInput({
        ...valid,
        beneficiaryStates: ['KEN', 'UGA'],
        partners: ' UNDP \n\nINTERPOL\nUNDP',
        sourceParagraph: ' 52 ',
        startsOn: '2009-04-01',
        endsOn: '2009-04-03',
      }),
    ).toMatchObject({
      beneficiaryStates: ['KEN', 'UGA'],
      partners: ['UNDP', 'INTERPOL'],
      sourceParagraph: '52',
      startsOn: '2009-04-01',
      endsOn: '2009-04-03',
    });
  });

  it('sends the sub-area, the regions (as M49 codes and their names), the lead office and what it builds on', () => {
    const areas = [
      { code: '014', name: 'Eastern Africa' },
      { code: '002', name: 'Africa' },
    ];
    expect(
      toCreateActivityInput(
        {
          ...valid,
          subAreaCode: 'C.b',
          beneficiaryAreas: ['014', '002'],
          leadOfficeCode: 'NBO',
          buildsOn: [{ id: 'a1', label: 'X — current' }],
        },
        areas,
      ),
    ).toMatchObject({
      subAreaCode: 'C.b',
      beneficiaryAreas: ['014', '002'],
      beneficiaryRegions: ['Eastern Africa', 'Africa'],
      leadOfficeCode: 'NBO',
      buildsOnIds: ['a1'],
    });
  });

  it('refuses values that were not validated', () => {
    expect(() => toCreateActivityInput(emptyNewActivity())).toThrow();
  });
});

describe('the fields a planner places the activity with', () => {
  it("takes a sub-area of the chosen priority area only (the rule kernel's)", () => {
    expect(validateNewActivity({ ...valid, subAreaCode: 'C.b' }, PLAN)).toEqual({});
    expect(validateNewActivity({ ...valid, subAreaCode: 'B.b' }, PLAN).subAreaCode).toEqual({
      key: 'validation.subAreaNotOfArea',
      values: { area: 'C' },
    });
  });

  it('builds on activities only as a proposal, and on at most as many as the API takes', () => {
    const buildsOn = [{ id: 'a1', label: 'A' }];
    expect(validateNewActivity({ ...valid, buildsOn }, PLAN)).toEqual({});
    expect(validateNewActivity({ ...valid, buildsOn, phase: 'CURRENT' }, PLAN).buildsOn?.key).toBe(
      'validation.buildsOnProposalOnly',
    );
    const many = Array.from({ length: 21 }, (_, i) => ({ id: `a${i}`, label: `A${i}` }));
    expect(validateNewActivity({ ...valid, buildsOn: many }, PLAN).buildsOn?.key).toBe('validation.tooMany');
  });

  it('takes at most 20 regions and 200 States, and a lead office by its code', () => {
    const areas = Array.from({ length: 21 }, (_, i) => String(i).padStart(3, '0'));
    expect(validateNewActivity({ ...valid, beneficiaryAreas: areas }, PLAN).beneficiaryAreas?.key).toBe(
      'validation.tooMany',
    );
    const states = Array.from({ length: 201 }, (_, i) => `S${i}`);
    expect(validateNewActivity({ ...valid, beneficiaryStates: states }, PLAN).beneficiaryStates?.key).toBe(
      'validation.tooMany',
    );
    expect(validateNewActivity({ ...valid, leadOfficeCode: 'nbo' }, PLAN).leadOfficeCode?.key).toBe(
      'validation.fieldOfficeCode',
    );
  });
});

describe('fields', () => {
  it("knows the API input's field names (where its errors land)", () => {
    expect(isNewActivityField('code')).toBe(true);
    expect(isNewActivityField('endsOn')).toBe(true);
    expect(isNewActivityField('idempotencyKey')).toBe(false);
    expect(isNewActivityField(null)).toBe(false);
  });
});
