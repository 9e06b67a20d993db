import { EXPERT_LIMITS, LANGUAGE_CODE_PATTERN, type Gender, type LegalSystem } from '@ta/domain';
import type { CreateExpertInput } from '@ta/graphql-types/graphql';
import { parseLanguages, type Problem } from '../../forms';

/** The form's fields carry the API input's names, so a server error's `extensions.field` lands on the right one. */
export interface NewExpertValues {
  name: string;
  nationalityIso3: string;
  organisation: string;
  /** Topics of the kernel's list. */
  expertise: string[];
  /** ISO 639-1 codes as typed: "fr, en". */
  languages: string;
  legalSystem: LegalSystem | '';
  gender: Gender | '';
  advisoryGroup: boolean;
}
export type NewExpertField = keyof NewExpertValues;
export const NEW_EXPERT_FIELDS: readonly NewExpertField[] = [
  'name',
  'nationalityIso3',
  'organisation',
  'expertise',
  'languages',
  'legalSystem',
  'gender',
  'advisoryGroup',
];

export function isNewExpertField(name: string | null): name is NewExpertField {
  return name !== null && (NEW_EXPERT_FIELDS as readonly string[]).includes(name);
}

export function emptyNewExpert(): NewExpertValues {
  return {
    name: '',
    nationalityIso3: '',
    organisation: '',
    expertise: [],
    languages: '',
    legalSystem: '',
    gender: '',
    advisoryGroup: false,
  };
}

export type NewExpertProblems = Partial<Record<NewExpertField, Problem>>;

/** The API's rules (the rule kernel's lengths, topics and language codes), checked as the planner types. */
export function validateNewExpert(values: NewExpertValues): NewExpertProblems {
  const problems: NewExpertProblems = {};
  const name = values.name.trim();
  if (!name) problems.name = { key: 'validation.expertNameRequired' };
  else if (name.length < EXPERT_LIMITS.nameMin) {
    problems.name = { key: 'validation.atLeast', values: { min: EXPERT_LIMITS.nameMin } };
  } else if (name.length > EXPERT_LIMITS.nameMax) {
    problems.name = { key: 'validation.textTooLong', values: { max: EXPERT_LIMITS.nameMax } };
  }
  if (values.organisation.trim().length > EXPERT_LIMITS.organisationMax) {
    problems.organisation = { key: 'validation.textTooLong', values: { max: EXPERT_LIMITS.organisationMax } };
  }
  if (values.expertise.length > EXPERT_LIMITS.expertiseMax) {
    problems.expertise = { key: 'validation.tooMany', values: { max: EXPERT_LIMITS.expertiseMax } };
  }
  const languages = parseLanguages(values.languages);
  if (languages.some((l) => !LANGUAGE_CODE_PATTERN.test(l))) problems.languages = { key: 'validation.languagesFormat' };
  return problems;
}

/** The mutation's input, once the values are valid: optional fields left empty are not sent. */
export function toCreateExpertInput(values: NewExpertValues): CreateExpertInput {
  const organisation = values.organisation.trim();
  return {
    name: values.name.trim(),
    expertise: [...new Set(values.expertise)],
    languages: parseLanguages(values.languages),
    advisoryGroup: values.advisoryGroup,
    ...(values.nationalityIso3 ? { nationalityIso3: values.nationalityIso3 } : {}),
    ...(organisation ? { organisation } : {}),
    ...(values.legalSystem ? { legalSystem: values.legalSystem } : {}),
    ...(values.gender ? { gender: values.gender } : {}),
  };
}
