import { homePage, mayManageFunding, mayOpen, mayRecordOutcome, navPages, seesRequests } from './access';

const dakar = { role: 'FIELD_OFFICE' as const, fieldOffice: { states: [{ iso3: 'SEN' }, { iso3: 'MLI' }] } };

describe('navigation by role', () => {
  it('never offers donors the requests, and starts them on the funding page', () => {
    expect(navPages('DONOR')).not.toContain('requests');
    expect(homePage('DONOR')).toBe('funding');
    expect(mayOpen('DONOR', 'requests')).toBe(false);
    expect(seesRequests('DONOR')).toBe(false);
  });

  it('starts everyone else on the requests', () => {
    for (const role of ['ADMIN', 'SECRETARIAT', 'FIELD_OFFICE', 'VIEWER'] as const) {
      expect(homePage(role)).toBe('requests');
      expect(navPages(role)).toEqual(['requests', 'programme', 'workshops', 'experts', 'funding']);
    }
    expect(mayOpen('VIEWER', 'state')).toBe(true);
  });

  it('lets only the secretariat and administrators handle money', () => {
    expect(mayManageFunding('SECRETARIAT')).toBe(true);
    expect(mayManageFunding('FIELD_OFFICE')).toBe(false);
    expect(mayManageFunding('DONOR')).toBe(false);
  });
});

describe('mayRecordOutcome', () => {
  it('offers the form to the secretariat everywhere, to an office for the States it covers', () => {
    expect(mayRecordOutcome({ role: 'SECRETARIAT', fieldOffice: null }, 'SEN')).toBe(true);
    expect(mayRecordOutcome(dakar, 'SEN')).toBe(true);
    expect(mayRecordOutcome(dakar, 'THA')).toBe(false);
    expect(mayRecordOutcome(dakar, null)).toBe(true);
    expect(mayRecordOutcome({ role: 'VIEWER', fieldOffice: null }, 'SEN')).toBe(false);
    expect(mayRecordOutcome({ role: 'DONOR', fieldOffice: null }, 'SEN')).toBe(false);
  });
});
