import { homePage, mayLogRequests, mayManageFunding, mayOpen, mayRecordOutcome, navPages, reportKinds, seesCountsByState, seesRequests } from './access';

const dakar = { role: 'FIELD_OFFICE' as const, fieldOffice: { states: [{ iso3: 'SEN' }, { iso3: 'MLI' }] } };

describe('navigation by role', () => {
  it('never offers donors the requests, and starts them on the funding page', () => {
    expect(navPages('DONOR')).not.toContain('requests');
    expect(homePage('DONOR')).toBe('funding');
    expect(navPages('DONOR')[0]).toBe('dashboard');
    expect(mayOpen('DONOR', 'dashboard')).toBe(true);
    expect(seesCountsByState('DONOR')).toBe(false);
    expect(mayOpen('DONOR', 'requests')).toBe(false);
    expect(seesRequests('DONOR')).toBe(false);
  });

  it('starts everyone else on the dashboard', () => {
    for (const role of ['ADMIN', 'SECRETARIAT', 'FIELD_OFFICE', 'VIEWER'] as const) {
      expect(homePage(role)).toBe('dashboard');
      expect(navPages(role)).toEqual(['dashboard', 'requests', 'programme', 'workshops', 'experts', 'funding', 'reports']);
      expect(seesCountsByState(role)).toBe(true);
    }
    expect(mayOpen('VIEWER', 'state')).toBe(true);
  });

  it('lets only the secretariat and administrators handle money', () => {
    expect(mayManageFunding('SECRETARIAT')).toBe(true);
    expect(mayManageFunding('FIELD_OFFICE')).toBe(false);
    expect(mayManageFunding('DONOR')).toBe(false);
  });
});

describe('reports and imports', () => {
  it('offers every role the reports page, but not donors the requests report', () => {
    expect(navPages('DONOR')).toContain('reports');
    expect(mayOpen('VIEWER', 'reports')).toBe(true);
    expect(reportKinds('DONOR')).toEqual(['FUNDING_GAPS', 'IATI_ACTIVITIES']);
    expect(reportKinds('VIEWER')).toContain('ASSISTANCE_REQUESTS');
  });

  it('lets only those who log requests import them from a spreadsheet', () => {
    for (const role of ['ADMIN', 'SECRETARIAT', 'FIELD_OFFICE'] as const) {
      expect(mayLogRequests(role)).toBe(true);
      expect(mayOpen(role, 'import')).toBe(true);
    }
    for (const role of ['VIEWER', 'DONOR'] as const) {
      expect(mayLogRequests(role)).toBe(false);
      expect(mayOpen(role, 'import')).toBe(false);
    }
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
