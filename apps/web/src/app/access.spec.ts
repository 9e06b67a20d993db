import { capabilitiesOf } from '@ta/domain';
import en from '../i18n/en.json' with { type: 'json' };
import es from '../i18n/es.json' with { type: 'json' };
import fr from '../i18n/fr.json' with { type: 'json' };
import {
  homePage,
  mayImportRequests,
  mayLogRequests,
  mayManageFunding,
  mayManageUsers,
  mayRecordCooperation,
  mayMergeRequests,
  mayMoveRequests,
  mayOpen,
  mayRecordOutcome,
  navPages,
  mayEnterChecklists,
  mayAcceptChecklistNeeds,
  mayActOnState,
  recordsOutcomes,
  reportKinds,
  seesCountsByState,
  seesRequests,
} from './access';

// What `me { can }` answers for each kind of user (the API builds it with the same kernel function).
const admin = capabilitiesOf('ADMIN');
const secretariat = capabilitiesOf('SECRETARIAT');
const office = capabilitiesOf('FIELD_OFFICE');
const viewer = capabilitiesOf('VIEWER');
const donor = capabilitiesOf('DONOR');
const readers = [admin, secretariat, office, viewer];

describe('navigation from what the user may do', () => {
  it('names every page of the bar differently in each language (French had "Rapports" twice)', () => {
    for (const [lang, messages] of Object.entries({ en, fr, es })) {
      const names = navPages(admin).map((page) => (messages.nav as Record<string, string>)[page]);
      expect(names.every(Boolean)).toBe(true);
      expect({ lang, duplicates: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({ lang, duplicates: [] });
    }
  });

  it('offers the accounts (last in the bar) to administrators only, as the kernel lets them manage users', () => {
    expect(mayManageUsers(admin)).toBe(true);
    expect(navPages(admin).at(-1)).toBe('users');
    expect(mayOpen(admin, 'users')).toBe(true);
    for (const can of [secretariat, office, viewer, donor]) {
      expect(mayManageUsers(can)).toBe(false);
      expect(navPages(can)).not.toContain('users');
      expect(mayOpen(can, 'users')).toBe(false);
    }
  });

  it('lets everyone signed in change their own password (reached from the header, not the bar)', () => {
    for (const can of [admin, secretariat, office, viewer, donor]) {
      expect(mayOpen(can, 'password')).toBe(true);
      expect(navPages(can)).not.toContain('password');
    }
  });

  it('never offers the requests to those who may not read them, and starts them on the funding page', () => {
    expect(navPages(donor)).not.toContain('requests');
    expect(homePage(donor)).toBe('funding');
    expect(navPages(donor)[0]).toBe('dashboard');
    expect(mayOpen(donor, 'dashboard')).toBe(true);
    expect(seesCountsByState(donor)).toBe(false);
    expect(mayOpen(donor, 'requests')).toBe(false);
    expect(seesRequests(donor)).toBe(false);
  });

  it('starts everyone who reads requests on the dashboard', () => {
    for (const can of readers) {
      expect(homePage(can)).toBe('dashboard');
      expect(navPages(can).filter((page) => page !== 'users')).toEqual([
        'dashboard',
        'requests',
        'programme',
        'workshops',
        'cycles',
        'legislation',
        'experts',
        'authorities',
        'cooperation',
        'organisations',
        'funding',
        'reports',
      ]);
      expect(seesCountsByState(can)).toBe(true);
    }
    expect(mayOpen(viewer, 'state')).toBe(true);
  });

  it('shows everyone who has reported, but States’ checklists only to those who read requests', () => {
    expect(navPages(donor)).toContain('cycles');
    expect(mayOpen(donor, 'cycles')).toBe(true);
    expect(mayOpen(donor, 'checklist')).toBe(false);
    expect(mayOpen(viewer, 'checklist')).toBe(true);
    expect(mayEnterChecklists(office)).toBe(true);
    expect(mayEnterChecklists(viewer)).toBe(false);
    expect(mayAcceptChecklistNeeds(secretariat)).toBe(true);
    expect(mayAcceptChecklistNeeds(office)).toBe(false);
  });

  it('shows everyone the cooperation statistics, and lets only the secretariat and field offices record them', () => {
    expect(mayOpen(donor, 'cooperation')).toBe(true);
    expect(navPages(donor)).toContain('cooperation');
    expect(mayOpen(donor, 'organisations')).toBe(true);
    expect(mayRecordCooperation(secretariat)).toBe(true);
    expect(mayRecordCooperation(office)).toBe(true);
    expect(mayRecordCooperation(donor)).toBe(false);
    expect(mayRecordCooperation(viewer)).toBe(false);
  });

  it('lets only those who manage funding handle money', () => {
    expect(mayManageFunding(secretariat)).toBe(true);
    expect(mayManageFunding(office)).toBe(false);
    expect(mayManageFunding(donor)).toBe(false);
  });

  it('decides from the answer alone', () => {
    const none = { ...donor, readRequests: false, countRequestsByState: false };
    expect(navPages({ ...none, readRequests: true })).toContain('requests');
    expect(mayManageFunding({ ...none, manageFunding: true })).toBe(true);
  });
});

describe('triage', () => {
  it('offers moves and merges only to those the API lets move and merge requests', () => {
    expect(mayMoveRequests(secretariat)).toBe(true);
    expect(mayMergeRequests(secretariat)).toBe(true);
    expect(mayMoveRequests(viewer)).toBe(false);
    expect(mayMergeRequests(viewer)).toBe(false);
    expect(mayMoveRequests(donor)).toBe(false);
    expect(mayMoveRequests({ ...viewer, moveRequests: true })).toBe(true);
    expect(mayMergeRequests({ ...secretariat, mergeRequests: false })).toBe(false);
  });
});

describe('reports and imports', () => {
  it('offers everyone the reports page, but the requests report only to those who may ask for it', () => {
    expect(navPages(donor)).toContain('reports');
    expect(mayOpen(viewer, 'reports')).toBe(true);
    expect(reportKinds(donor)).toEqual([
      'CONFERENCE_REPORT',
      'PROGRAMME_PLAN',
      'DONOR_STATEMENT',
      'STATE_PROFILE',
      'FUNDING_GAPS',
      'IATI_ACTIVITIES',
    ]);
    expect(reportKinds(viewer)).not.toContain('DONOR_STATEMENT');
    expect(reportKinds(viewer)).toContain('ASSISTANCE_REQUESTS');
  });

  it('lets only those who import requests open the import page', () => {
    for (const can of [admin, secretariat, office]) {
      expect(mayLogRequests(can)).toBe(true);
      expect(mayImportRequests(can)).toBe(true);
      expect(mayOpen(can, 'import')).toBe(true);
    }
    for (const can of [viewer, donor]) {
      expect(mayLogRequests(can)).toBe(false);
      expect(mayOpen(can, 'import')).toBe(false);
    }
  });
});

describe('mayRecordOutcome', () => {
  it("follows the API's answer for the workshop, and nothing else", () => {
    expect(mayRecordOutcome({ viewerMayRecordOutcome: true })).toBe(true);
    expect(mayRecordOutcome({ viewerMayRecordOutcome: false })).toBe(false);
    expect(recordsOutcomes(office)).toBe(true);
    expect(recordsOutcomes(viewer)).toBe(false);
  });
});

describe('mayActOnState', () => {
  it('offers a State’s records to act on only within me.actableStates (null: every State, as the API answers it)', () => {
    const bangkok = { actableStates: ['THA', 'KHM'] };
    expect(mayActOnState(bangkok, 'THA')).toBe(true);
    // Another office's State: no Edit, Move or Merge offered, where the API would refuse (OUT_OF_SCOPE).
    expect(mayActOnState(bangkok, 'TCD')).toBe(false);
    expect(mayActOnState({ actableStates: null }, 'TCD')).toBe(true);
    expect(mayActOnState({ actableStates: [] }, 'THA')).toBe(false);
  });
});
