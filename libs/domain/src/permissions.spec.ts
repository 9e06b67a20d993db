import {
  capabilitiesOf,
  can,
  CAPABILITIES,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  rolesWith,
  ROLE_SCOPES,
} from './permissions.js';
import { ROLES } from './access.js';

describe('the permissions map', () => {
  it('gives administrators every permission, and the secretariat every one but accounts', () => {
    for (const p of PERMISSIONS) expect(can('ADMIN', p)).toBe(true);
    expect(PERMISSIONS.filter((p) => !can('SECRETARIAT', p))).toEqual(['users.manage']);
  });

  it('lets field offices log, move and import requests and record outcomes, never change the programme or money', () => {
    expect(
      ['requests.log', 'requests.move', 'requests.import', 'workshops.recordOutcome'].every((p) =>
        can('FIELD_OFFICE', p as never),
      ),
    ).toBe(true);
    for (const p of ['programme.edit', 'funding.manage', 'requests.merge', 'audit.read', 'users.manage'] as const) {
      expect(can('FIELD_OFFICE', p)).toBe(false);
    }
  });

  it('keeps donors away from requests one by one and from who in the secretariat did what', () => {
    expect(ROLE_PERMISSIONS.DONOR).toEqual(['funding.intend', 'donors.editProfile', 'donors.editPriorities']);
    expect(can('DONOR', 'requests.read')).toBe(false);
    expect(can('DONOR', 'requests.countByState')).toBe(false);
    expect(can('DONOR', 'staff.read')).toBe(false);
  });

  it('lets viewers read but change nothing', () => {
    expect(
      ROLE_PERMISSIONS.VIEWER.every((p) =>
        ['requests.read', 'requests.countByState', 'reports.requests', 'staff.read'].includes(p),
      ),
    ).toBe(true);
  });

  it('scopes field offices to their States and donors to their own money', () => {
    expect(ROLE_SCOPES.FIELD_OFFICE.states).toBe('OWN');
    expect(ROLE_SCOPES.FIELD_OFFICE.confidential).toBe('OWN');
    expect(ROLE_SCOPES.VIEWER.confidential).toBe('NONE');
    expect(ROLE_SCOPES.DONOR.money).toBe('OWN');
    expect(ROLE_SCOPES.DONOR.donorTerms).toBe('OWN');
    expect(ROLE_SCOPES.SECRETARIAT.audit).toBe('PROGRAMME');
    expect(ROLE_SCOPES.ADMIN.audit).toBe('ALL');
  });

  it('answers me.can from the same map, one boolean per capability', () => {
    for (const role of ROLES) {
      const caps = capabilitiesOf(role);
      for (const [name, permission] of Object.entries(CAPABILITIES)) {
        expect(caps[name as keyof typeof caps]).toBe(can(role, permission));
      }
    }
    expect(rolesWith('funding.manage')).toEqual(['ADMIN', 'SECRETARIAT']);
  });
});
