import {
  ACCOUNT_LIMITS,
  EMAIL_PATTERN,
  FIELD_OFFICE_CODE_PATTERN,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  passwordRuleBroken,
  ROLES,
  scopeFieldOf,
  type Role,
} from '@ta/domain';
import type { CreateUserInput, UpdateUserInput } from '@ta/graphql-types/graphql';
import type { Problem } from '../../forms';
import type { ApiProblem } from '../../graphql/errors';

/**
 * An account as the administrator edits it: role and scope (the office a field office needs, the donor a donor
 * needs: `scopeFieldOf` of the rule kernel says which) and the name. The fields carry the API input's names, so a
 * server error's `extensions.field` lands on the right one.
 */
export interface UserChangeValues {
  displayName: string;
  role: Role | '';
  fieldOfficeCode: string;
  donorId: string;
}

/** A new account: the change's fields, the email, and the first password (never kept in a draft). */
export interface NewUserValues extends UserChangeValues {
  email: string;
  password: string;
}

/** What the device keeps of "New user" as a draft: everything but the password. */
export type NewUserDraft = Omit<NewUserValues, 'password'>;

export type NewUserField = keyof NewUserValues;
export type UserChangeField = keyof UserChangeValues;

export const NEW_USER_FIELDS: readonly NewUserField[] = [
  'email',
  'displayName',
  'role',
  'fieldOfficeCode',
  'donorId',
  'password',
];
export const USER_CHANGE_FIELDS: readonly UserChangeField[] = ['displayName', 'role', 'fieldOfficeCode', 'donorId'];

export function isNewUserField(name: string | null): name is NewUserField {
  return name !== null && (NEW_USER_FIELDS as readonly string[]).includes(name);
}
export function isUserChangeField(name: string | null): name is UserChangeField {
  return name !== null && (USER_CHANGE_FIELDS as readonly string[]).includes(name);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function emptyNewUser(): NewUserValues {
  return { email: '', displayName: '', role: '', fieldOfficeCode: '', donorId: '', password: '' };
}

/** The draft of these values: the password is left out (it is never written to the device). */
export function newUserDraft({ password: _password, ...draft }: NewUserValues): NewUserDraft {
  return draft;
}

/** A draft back in the form: the password is typed again. */
export function fromNewUserDraft(draft: NewUserDraft): NewUserValues {
  return { ...emptyNewUser(), ...draft, password: '' };
}

/** The change form of an account as it is now. */
export function userChangeOf(user: {
  displayName: string;
  role: Role;
  fieldOffice?: { code: string } | null;
  donor?: { id: string } | null;
}): UserChangeValues {
  return {
    displayName: user.displayName,
    role: user.role,
    fieldOfficeCode: user.fieldOffice?.code ?? '',
    donorId: user.donor?.id ?? '',
  };
}

export type UserProblems = Partial<Record<NewUserField, Problem>>;

/**
 * The API's rules for a name, a role and the scope the role needs (the rule kernel's `scopeFieldOf` and
 * lengths), checked as the administrator types.
 */
export function validateUserChange(values: UserChangeValues): UserProblems {
  const problems: UserProblems = {};
  const name = values.displayName.trim();
  if (!name) problems.displayName = { key: 'users.validation.nameRequired' };
  else if (name.length < ACCOUNT_LIMITS.displayNameMin) {
    problems.displayName = { key: 'users.validation.nameTooShort', values: { min: ACCOUNT_LIMITS.displayNameMin } };
  } else if (name.length > ACCOUNT_LIMITS.displayNameMax) {
    problems.displayName = { key: 'validation.textTooLong', values: { max: ACCOUNT_LIMITS.displayNameMax } };
  }
  if (!values.role) {
    problems.role = { key: 'users.validation.roleRequired' };
    return problems;
  }
  const scope = scopeFieldOf(values.role);
  if (scope === 'fieldOfficeCode') {
    if (!values.fieldOfficeCode) problems.fieldOfficeCode = { key: 'users.validation.officeRequired' };
    else if (!FIELD_OFFICE_CODE_PATTERN.test(values.fieldOfficeCode)) {
      problems.fieldOfficeCode = { key: 'users.validation.officeRequired' };
    }
  }
  if (scope === 'donorId' && !values.donorId) problems.donorId = { key: 'users.validation.donorRequired' };
  return problems;
}

/** The rule kernel's password rule, as a message key. */
export function passwordProblemOf(password: string): Problem | undefined {
  switch (passwordRuleBroken(password)) {
    case 'TOO_SHORT':
      return password
        ? { key: 'users.validation.passwordTooShort', values: { min: MIN_PASSWORD_LENGTH } }
        : { key: 'users.validation.passwordRequired', values: { min: MIN_PASSWORD_LENGTH } };
    case 'TOO_LONG':
      return { key: 'validation.textTooLong', values: { max: MAX_PASSWORD_LENGTH } };
    case 'REPEATED':
      return { key: 'users.validation.passwordRepeated' };
    case null:
      return undefined;
  }
}

/** "New user": the change's rules, an email address, and a first password the API accepts. */
export function validateNewUser(values: NewUserValues): UserProblems {
  const problems: UserProblems = {};
  const email = values.email.trim();
  if (!email) problems.email = { key: 'users.validation.emailRequired' };
  else if (email.length > ACCOUNT_LIMITS.emailMax) {
    problems.email = { key: 'validation.textTooLong', values: { max: ACCOUNT_LIMITS.emailMax } };
  } else if (!EMAIL_PATTERN.test(email)) problems.email = { key: 'validation.emailInvalid' };
  Object.assign(problems, validateUserChange(values));
  const password = passwordProblemOf(values.password);
  if (password) problems.password = password;
  return problems;
}

/** Which scope field the chosen role shows (none until a role is chosen). */
export function scopeFieldShown(role: Role | ''): 'fieldOfficeCode' | 'donorId' | null {
  return role ? scopeFieldOf(role) : null;
}

/** The office and donor sent for a role: the one it needs, the other cleared (the API keeps only what it needs). */
function scopeInput(values: UserChangeValues): { fieldOfficeCode: string | null; donorId: string | null } {
  const field = scopeFieldShown(values.role);
  return {
    fieldOfficeCode: field === 'fieldOfficeCode' ? values.fieldOfficeCode : null,
    donorId: field === 'donorId' ? values.donorId : null,
  };
}

/** The createUser input, once the values are valid: the scope the role does not need is not sent. */
export function toCreateUserInput(values: NewUserValues): CreateUserInput {
  if (!values.role) throw new Error('toCreateUserInput needs validated values');
  const { fieldOfficeCode, donorId } = scopeInput(values);
  return {
    email: values.email.trim(),
    displayName: values.displayName.trim(),
    role: values.role,
    password: values.password,
    ...(fieldOfficeCode ? { fieldOfficeCode } : {}),
    ...(donorId ? { donorId } : {}),
  };
}

/** The updateUser input, once the values are valid: name, role, and the scope the role needs (the other cleared). */
export function toUpdateUserInput(values: UserChangeValues): UpdateUserInput {
  if (!values.role) throw new Error('toUpdateUserInput needs validated values');
  return { displayName: values.displayName.trim(), role: values.role, ...scopeInput(values) };
}

/** Refusals that name a field of the form though they are not BAD_USER_INPUT: the email already used, one's own role. */
const FIELD_REFUSALS: readonly string[] = ['EMAIL_TAKEN', 'NOT_ALLOWED'];

/**
 * The API's answer as messages on the form's fields, when every problem in it is a refusal of a field the form shows
 * (`EMAIL_TAKEN` on `email`, `NOT_ALLOWED` on `role`); null otherwise, for the form's usual handling (BAD_USER_INPUT
 * on its field, anything else — a stale version's CONFLICT — above the form).
 */
export function refusalsOnFields(
  problems: readonly Pick<ApiProblem, 'field' | 'message' | 'reason'>[],
  isField: (name: string | null) => boolean,
): Record<string, string> | null {
  if (problems.length === 0) return null;
  const fields: Record<string, string> = {};
  for (const { field, message, reason } of problems) {
    if (!reason || !FIELD_REFUSALS.includes(reason) || field === null || !isField(field)) return null;
    fields[field] = message;
  }
  return fields;
}
