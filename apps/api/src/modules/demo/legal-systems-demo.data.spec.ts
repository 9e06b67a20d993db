import { LEGAL_SYSTEMS } from '@ta/domain';
import { buildStates } from '../reference/data/states.data.js';
import { STATE_LEGAL_SYSTEMS, stateLegalSystems } from './legal-systems-demo.data.js';

describe('the demo States’ legal systems (the project’s classification)', () => {
  it('classifies every State of the table once, and only those', () => {
    const states = buildStates().map((s) => s.iso3);
    const listed = Object.values(STATE_LEGAL_SYSTEMS).flat();
    expect(new Set(listed).size).toBe(listed.length);
    expect(states.filter((iso3) => !listed.includes(iso3))).toEqual([]);
    expect(listed.filter((iso3) => !states.includes(iso3))).toEqual([]);
    expect(Object.keys(STATE_LEGAL_SYSTEMS).sort()).toEqual([...LEGAL_SYSTEMS].sort());
  });

  it('agrees with the advisory group members’ legal systems where their State is one family', () => {
    const map = stateLegalSystems();
    expect(map.get('GBR')).toBe('COMMON_LAW');
    expect(map.get('FRA')).toBe('CIVIL_LAW');
    expect(map.get('CAN')).toBe('MIXED');
    expect(map.get('SAU')).toBe('ISLAMIC_LAW');
  });
});
