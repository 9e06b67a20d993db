/** Who a user is in the system (contract: Role). */
export const ROLES = ['ADMIN', 'SECRETARIAT', 'FIELD_OFFICE', 'DONOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may change the programme (requests, activities, workshops). */
export const PROGRAMME_EDITORS: readonly Role[] = ['ADMIN', 'SECRETARIAT'];

/** The smallest password a person may choose (demo accounts are made by the loader, not chosen). */
export const MIN_PASSWORD_LENGTH = 10;

/** The longest password accepted (argon2 hashes any length; this keeps a request from making it work for nothing). */
export const MAX_PASSWORD_LENGTH = 200;

/** Which password rule a password breaks: too short, too long, or one character repeated. */
export type PasswordRule = 'TOO_SHORT' | 'TOO_LONG' | 'REPEATED';

/** The rule a chosen password breaks, or null: the API's check and the Users form's, as one types. */
export function passwordRuleBroken(password: string): PasswordRule | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'TOO_SHORT';
  if (password.length > MAX_PASSWORD_LENGTH) return 'TOO_LONG';
  if (/^(.)\1+$/.test(password)) return 'REPEATED';
  return null;
}

/** What a new password of one's own may break: the password rules, or being the current password again. */
export type NewPasswordRule = PasswordRule | 'UNCHANGED';

/**
 * The rule a person's new password breaks, or null: `passwordRuleBroken`, and it must differ from the current one.
 * The API's `changePassword` and the "Change password" form as one types.
 */
export function newPasswordRuleBroken(current: string, next: string): NewPasswordRule | null {
  return passwordRuleBroken(next) ?? (next === current ? 'UNCHANGED' : null);
}

/**
 * What a person whose password an administrator chose (`mustChangePassword`: a new account, a reset) may still call
 * before choosing their own: who they are, the change itself, and their session's own upkeep. Every other operation
 * (and download) is refused with PASSWORD_CHANGE_REQUIRED; the API decides it in its access policy, the web client
 * takes such a person to "Change password" first.
 */
export const OPERATIONS_BEFORE_PASSWORD_CHANGE: readonly string[] = [
  'me',
  'changePassword',
  'logout',
  'refreshSession',
  'login',
];

export function mayCallBeforePasswordChange(operation: string): boolean {
  return OPERATIONS_BEFORE_PASSWORD_CHANGE.includes(operation);
}

export function passwordProblem(password: string): string | null {
  switch (passwordRuleBroken(password)) {
    case 'TOO_SHORT':
      return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
    case 'TOO_LONG':
      return `A password can have at most ${MAX_PASSWORD_LENGTH} characters.`;
    case 'REPEATED':
      return 'A password cannot be one character repeated.';
    case null:
      return null;
  }
}

/**
 * What an account's fields may hold, the same in the API's validators (CreateUserInput, UpdateUserInput,
 * UserFilter) and the Users form as one types.
 */
export const ACCOUNT_LIMITS = { emailMax: 200, displayNameMin: 2, displayNameMax: 200, searchMax: 100 } as const;

/** A field office's code as an account names it: three capitals, e.g. "BKK". */
export const FIELD_OFFICE_CODE_PATTERN = /^[A-Z]{3}$/;
