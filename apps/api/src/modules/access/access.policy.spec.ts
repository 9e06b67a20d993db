import type { Role } from '@ta/domain';
import type { Actor } from '../../infra/auth/actor.js';
import { AccessPolicy } from './access.policy.js';

const DAKAR_STATES = new Set(['SEN', 'MLI', 'NER']);

function policyOf(
  role: Role | 'SYSTEM' | null,
  extra: Partial<Actor> = {},
): { policy: AccessPolicy; lookups: string[] } {
  const lookups: string[] = [];
  const actor: Actor | null =
    role === null
      ? null
      : {
          userId: 'u1',
          label: 'someone@example.org',
          role,
          fieldOfficeCode: null,
          donorId: null,
          requestId: null,
          ...extra,
        };
  const policy = new AccessPolicy(actor, async (office) => {
    lookups.push(office);
    return office === 'DKR' ? DAKAR_STATES : new Set();
  });
  return { policy, lookups };
}

describe('AccessPolicy', () => {
  it('lets the secretariat act on and read every State, without asking which States an office covers', async () => {
    const { policy, lookups } = policyOf('SECRETARIAT');
    expect(await policy.mayActOnState('KEN')).toBe(true);
    expect(await policy.mayReadRequestText({ stateIso3: 'KEN', confidential: true })).toBe(true);
    expect(await policy.requestTextCondition('r')).toEqual({ sql: 'TRUE', params: {} });
    expect(lookups).toEqual([]);
  });

  it('keeps a field office to the States it covers, and looks them up once', async () => {
    const { policy, lookups } = policyOf('FIELD_OFFICE', { fieldOfficeCode: 'DKR' });
    expect(await policy.mayActOnState('SEN')).toBe(true);
    expect(await policy.mayActOnState('KEN')).toBe(false);
    await expect(policy.assertMayActOnState('KEN', 'stateIso3')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      field: 'stateIso3',
      details: { reason: 'OUT_OF_SCOPE' },
    });
    expect(await policy.mayReadRequestText({ stateIso3: 'SEN', confidential: true })).toBe(true);
    expect(await policy.mayReadRequestText({ stateIso3: 'KEN', confidential: true })).toBe(false);
    expect(await policy.mayReadRequestText({ stateIso3: 'KEN', confidential: false })).toBe(true);
    const condition = await policy.requestTextCondition('r');
    expect(condition.sql).toContain('NOT r.confidential');
    expect((condition.params.policyReadableStates as string[]).sort()).toEqual(['MLI', 'NER', 'SEN']);
    expect(lookups).toEqual(['DKR']);
  });

  it('lets a field office record outcomes of its own workshops only', async () => {
    const { policy } = policyOf('FIELD_OFFICE', { fieldOfficeCode: 'DKR' });
    expect(await policy.mayRecordOutcome({ fieldOfficeCode: 'DKR', countryIso3: null })).toBe(true);
    expect(await policy.mayRecordOutcome({ fieldOfficeCode: null, countryIso3: 'SEN' })).toBe(true);
    expect(await policy.mayRecordOutcome({ fieldOfficeCode: null, countryIso3: 'KEN' })).toBe(false);
    expect(await policy.mayRecordOutcome({ fieldOfficeCode: 'BKK', countryIso3: null })).toBe(false);
    expect(await policyOf('VIEWER').policy.mayRecordOutcome({ fieldOfficeCode: null, countryIso3: 'SEN' })).toBe(false);
    expect(await policyOf('SECRETARIAT').policy.mayRecordOutcome({ fieldOfficeCode: 'BKK', countryIso3: 'THA' })).toBe(
      true,
    );
  });

  it('never lets viewers or donors read confidential text, and donors no request text at all', async () => {
    const viewer = policyOf('VIEWER').policy;
    expect(await viewer.mayReadRequestText({ stateIso3: 'SEN', confidential: true })).toBe(false);
    expect(await viewer.mayReadRequestText({ stateIso3: 'SEN', confidential: false })).toBe(true);
    const donor = policyOf('DONOR', { donorId: 'd1' }).policy;
    expect(await donor.mayReadRequestText({ stateIso3: 'SEN', confidential: false })).toBe(false);
    expect(await donor.requestTextCondition('r')).toEqual({ sql: 'FALSE', params: {} });
  });

  it('shows a donor its own money and terms only, and the secretariat as an office', () => {
    const donor = policyOf('DONOR', { donorId: 'd1' }).policy;
    expect(donor.moneyDonorScope()).toEqual({ donorId: 'd1' });
    expect(donor.maySeeDonorMoney('d2')).toBe(false);
    expect(donor.mayReadDonorTerms('d1')).toBe(true);
    expect(donor.mayReadDonorTerms('d2')).toBe(false);
    expect(donor.mayReadDonorNotes()).toBe(false);
    expect(donor.mayEditDonorProfile('d1')).toBe(true);
    expect(donor.mayEditDonorProfile('d2')).toBe(false);
    expect(donor.staffLabel('ana@unodc.org')).toBe('UNODC secretariat');
    const secretariat = policyOf('SECRETARIAT').policy;
    expect(secretariat.moneyDonorScope()).toBeNull();
    expect(secretariat.mayReadDonorTerms('d2')).toBe(true);
    expect(secretariat.staffLabel('ana@unodc.org')).toBe('ana@unodc.org');
  });

  it('gives the secretariat the programme’s audit log and administrators all of it', () => {
    expect(policyOf('ADMIN').policy.auditEntityTypes()).toBeNull();
    expect(policyOf('SECRETARIAT').policy.auditEntityTypes()).toContain('assistance_request');
    expect(policyOf('SECRETARIAT').policy.auditEntityTypes()).not.toContain('user');
    expect(policyOf('VIEWER').policy.auditEntityTypes()).toEqual([]);
  });

  it('shows a job to whoever asked for it, reports to administrators and imports to the secretariat too', () => {
    expect(policyOf('VIEWER').policy.maySeeJob('u1', 'report')).toBe(true);
    expect(policyOf('VIEWER').policy.maySeeJob('u2', 'report')).toBe(false);
    expect(policyOf('SECRETARIAT').policy.maySeeJob('u2', 'report')).toBe(false);
    expect(policyOf('SECRETARIAT').policy.maySeeJob('u2', 'import')).toBe(true);
    expect(policyOf('ADMIN').policy.maySeeJob('u2', 'report')).toBe(true);
    expect(policyOf(null).policy.maySeeJob(null, 'report')).toBe(false);
  });

  it('refuses everything to nobody, allows everything to the system, and says who may', () => {
    const anonymous = policyOf(null).policy;
    expect(anonymous.can('requests.read')).toBe(false);
    expect(() => anonymous.assert('requests.read')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(Object.values(anonymous.capabilities()).every((v) => v === false)).toBe(true);
    const system = policyOf('SYSTEM').policy;
    expect(system.can('users.manage')).toBe(true);
    expect(Object.values(system.capabilities()).every((v) => v === true)).toBe(true);
    expect(() => policyOf('VIEWER').policy.assert('funding.manage', 'amount')).toThrow(
      expect.objectContaining({
        code: 'FORBIDDEN',
        field: 'amount',
        details: expect.objectContaining({ reason: 'ROLE_NOT_ALLOWED' }),
      }),
    );
  });
});
