import { EXPERT_LIMITS } from '@ta/domain';
import {
  emptyNewExpert,
  isNewExpertField,
  toCreateExpertInput,
  validateNewExpert,
  type NewExpertValues,
} from './new-expert-form';

const valid: NewExpertValues = { ...emptyNewExpert(), name: 'Aminata Diallo' };

describe('validateNewExpert', () => {
  it('needs a name alone; an empty form names only it', () => {
    expect(validateNewExpert(valid)).toEqual({});
    expect(validateNewExpert(emptyNewExpert())).toEqual({ name: { key: 'validation.expertNameRequired' } });
    expect(validateNewExpert({ ...valid, name: '   ' }).name?.key).toBe('validation.expertNameRequired');
  });

  it("holds the name and the organisation to the rule kernel's lengths (the API's)", () => {
    expect(validateNewExpert({ ...valid, name: ' A ' }).name).toEqual({
      key: 'validation.atLeast',
      values: { min: EXPERT_LIMITS.nameMin },
    });
    expect(validateNewExpert({ ...valid, name: 'x'.repeat(EXPERT_LIMITS.nameMax + 1) }).name?.key).toBe(
      'validation.textTooLong',
    );
    expect(validateNewExpert({ ...valid, name: 'x'.repeat(EXPERT_LIMITS.nameMax) })).toEqual({});
    expect(
      validateNewExpert({ ...valid, organisation: 'x'.repeat(EXPERT_LIMITS.organisationMax + 1) }).organisation,
    ).toEqual({ key: 'validation.textTooLong', values: { max: EXPERT_LIMITS.organisationMax } });
  });

  it('takes at most the API’s number of topics, and languages as two-letter codes', () => {
    const topics = Array.from({ length: EXPERT_LIMITS.expertiseMax + 1 }, (_, i) => `topic-${i}`);
    expect(validateNewExpert({ ...valid, expertise: topics }).expertise?.key).toBe('validation.tooMany');
    expect(validateNewExpert({ ...valid, languages: 'fr, en; es' })).toEqual({});
    expect(validateNewExpert({ ...valid, languages: 'French' }).languages?.key).toBe('validation.languagesFormat');
  });
});

describe('toCreateExpertInput', () => {
  it('sends trimmed texts and lists, and leaves empty optional fields out', () => {
    expect(toCreateExpertInput({ ...valid, name: ' Aminata Diallo ' })).toEqual({
      name: 'Aminata Diallo',
      expertise: [],
      languages: [],
      advisoryGroup: false,
    });
    expect(
      toCreateExpertInput({
        ...valid,
        nationalityIso3: 'SEN',
        organisation: ' Ministry of Justice ',
        expertise: ['firearms', 'firearms', 'cybercrime'],
        languages: 'FR, en',
        legalSystem: 'CIVIL_LAW',
        gender: 'FEMALE',
        advisoryGroup: true,
      }),
    ).toEqual({
      name: 'Aminata Diallo',
      nationalityIso3: 'SEN',
      organisation: 'Ministry of Justice',
      expertise: ['firearms', 'cybercrime'],
      languages: ['fr', 'en'],
      legalSystem: 'CIVIL_LAW',
      gender: 'FEMALE',
      advisoryGroup: true,
    });
  });

  it('names its fields as the API does, so its answers land on them', () => {
    expect(isNewExpertField('nationalityIso3')).toBe(true);
    expect(isNewExpertField('idempotencyKey')).toBe(false);
  });
});
