import { isDuplicate, type DuplicateCandidate } from './duplicates.js';

const base: DuplicateCandidate = {
  id: 'a',
  stateIso3: 'SEN',
  kind: 'TRAINING',
  topics: ['cybercrime', 'firearms'],
  status: 'RECEIVED',
};
const other = (o: Partial<DuplicateCandidate>): DuplicateCandidate => ({ ...base, id: 'b', ...o });

describe('isDuplicate', () => {
  it('matches the same State and kind sharing a topic', () => {
    expect(isDuplicate(base, other({ topics: ['firearms'] }))).toBe(true);
  });
  it('ignores another State, another kind, or no shared topic', () => {
    expect(isDuplicate(base, other({ stateIso3: 'MLI' }))).toBe(false);
    expect(isDuplicate(base, other({ kind: 'EQUIPMENT' }))).toBe(false);
    expect(isDuplicate(base, other({ topics: ['corruption'] }))).toBe(false);
  });
  it('treats two requests without topics as the same need', () => {
    expect(isDuplicate({ ...base, topics: [] }, other({ topics: [] }))).toBe(true);
    expect(isDuplicate({ ...base, topics: [] }, other({ topics: ['firearms'] }))).toBe(false);
  });
  it('only counts open requests, and never a request itself', () => {
    for (const status of ['FULFILLED', 'DECLINED', 'WITHDRAWN'] as const)
      expect(isDuplicate(base, other({ status }))).toBe(false);
    expect(isDuplicate(base, other({ status: 'IN_DELIVERY' }))).toBe(true);
    expect(isDuplicate(base, base)).toBe(false);
  });
});
