/** Who a user is in the system (contract: Role). */
export const ROLES = ['ADMIN', 'SECRETARIAT', 'FIELD_OFFICE', 'DONOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may change the programme (requests, activities, workshops). */
export const PROGRAMME_EDITORS: readonly Role[] = ['ADMIN', 'SECRETARIAT'];

/** The smallest password a person may choose (demo accounts are made by the loader, not chosen). */
export const MIN_PASSWORD_LENGTH = 10;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 200) return 'A password can have at most 200 characters.';
  if (/^(.)\1+$/.test(password)) return 'A password cannot be one character repeated.';
  return null;
}
