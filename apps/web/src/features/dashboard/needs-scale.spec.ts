import {
  m49Key,
  NEED_STEPS,
  REPORTING_STEPS,
  reportingStandings,
  statesByM49,
  stepOf,
  stepRange,
  treatyStandings,
} from './needs-scale';

describe('the colour steps of the map of needs', () => {
  it('puts none, one, a few and many apart', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 40].map(stepOf)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
    expect(NEED_STEPS.map((_, i) => stepRange(i))).toEqual(['0', '1', '2–3', '4–7', '8+']);
    expect(new Set(NEED_STEPS.map((s) => s.color)).size).toBe(NEED_STEPS.length);
  });

  it('writes the ranges in the reader’s numbers', () => {
    expect(stepRange(2, (n) => `#${n}`)).toBe('#2–#3');
    expect(stepRange(99)).toBe('');
  });
});

describe('matching the atlas to the States', () => {
  it('reads M49 codes as three digits', () => {
    expect(m49Key('4')).toBe('004');
    expect(m49Key('148')).toBe('148');
    expect(m49Key(250)).toBe('250');
    expect(m49Key(undefined)).toBeNull();
    expect(m49Key('-99')).toBeNull();
  });

  it('gives every State its open requests, 0 when it has none', () => {
    const byM49 = statesByM49(
      [
        { iso3: 'TCD', m49: '148', name: 'Chad' },
        { iso3: 'FRA', m49: '250', name: 'France' },
        { iso3: 'AFG', m49: '004', name: 'Afghanistan' },
      ],
      [
        { count: 4, state: { iso3: 'TCD' } },
        { count: 1, state: null },
      ],
    );
    expect(byM49.get('148')).toEqual({ iso3: 'TCD', name: 'Chad', count: 4 });
    expect(byM49.get('250')?.count).toBe(0);
    expect(byM49.get('004')?.iso3).toBe('AFG');
  });
});

describe('the map by treaty status', () => {
  it('sets each State party, signatory or neither under the instrument chosen, and counts them', () => {
    const states = [
      { iso3: 'SEN', treatyStatus: [{ instrumentCode: 'UNTOC', status: 'PARTY' }] },
      { iso3: 'JPN', treatyStatus: [{ instrumentCode: 'UNTOC', status: 'SIGNATORY' }] },
      { iso3: 'BTN', treatyStatus: [] },
      { iso3: 'MLI', treatyStatus: [{ instrumentCode: 'TIP', status: 'PARTY' }] },
    ];
    const untoc = treatyStandings(states, 'UNTOC');
    expect(untoc.byIso3.get('SEN')).toBe('PARTY');
    expect(untoc.byIso3.get('JPN')).toBe('SIGNATORY');
    expect(untoc.byIso3.get('MLI')).toBe('NONE');
    expect(untoc.counts).toEqual({ PARTY: 1, SIGNATORY: 1, NONE: 2 });
    expect(treatyStandings(states, 'TIP').counts).toEqual({ PARTY: 1, SIGNATORY: 0, NONE: 3 });
  });

  it('sets each State by its checklist in a cycle (who has reported, para. 5) and counts them', () => {
    const cycle = reportingStandings([
      { stateIso3: 'SEN', status: 'UPDATED' },
      { stateIso3: 'MLI', status: 'SUBMITTED' },
      { stateIso3: 'NER', status: 'SUBMITTED' },
      { stateIso3: 'BEN', status: 'IN_PROGRESS' },
      { stateIso3: 'JPN', status: 'NOT_STARTED' },
    ]);
    expect(cycle.byIso3.get('SEN')).toBe('UPDATED');
    expect(cycle.byIso3.get('JPN')).toBe('NOT_STARTED');
    expect(cycle.counts).toEqual({ UPDATED: 1, SUBMITTED: 2, IN_PROGRESS: 1, NOT_STARTED: 1 });
    expect(new Set(REPORTING_STEPS.map((s) => s.color)).size).toBe(REPORTING_STEPS.length);
  });
});
