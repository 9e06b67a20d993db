import { newPasswordRuleBroken } from '@ta/domain';
import type { Problems } from '../../forms';
import { passwordProblemOf } from './user-form';

/**
 * "Change password" (one's own): the current password, the new one and the new one again. Never kept in a draft:
 * none of these is written to the device. The fields carry the API's argument names, so its answer
 * (`extensions.field`: `currentPassword`, `newPassword`) lands on the right one.
 */
export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** "Reset password" (an administrator, for someone who forgot theirs): the new password and the same again. */
export type ResetPasswordValues = Omit<ChangePasswordValues, 'currentPassword'>;

export const CHANGE_PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
export const RESET_PASSWORD_FIELDS = ['newPassword', 'confirmPassword'] as const;

export const emptyChangePassword = (): ChangePasswordValues => ({
  currentPassword: '',
  newPassword: '',
  confirmPassword: '',
});
export const emptyResetPassword = (): ResetPasswordValues => ({ newPassword: '', confirmPassword: '' });

export const isChangePasswordField = (name: string | null): boolean =>
  name !== null && (CHANGE_PASSWORD_FIELDS as readonly string[]).includes(name);
export const isResetPasswordField = (name: string | null): boolean =>
  name !== null && (RESET_PASSWORD_FIELDS as readonly string[]).includes(name);

/** The new password by the rule kernel's rule (the API's), and typed the same twice. */
export function validateResetPassword(values: ResetPasswordValues): Problems {
  const problems: Problems = {};
  const rule = passwordProblemOf(values.newPassword);
  if (rule) problems.newPassword = rule;
  if (!values.confirmPassword) problems.confirmPassword = { key: 'password.validation.confirmRequired' };
  else if (values.confirmPassword !== values.newPassword) {
    problems.confirmPassword = { key: 'password.validation.mismatch' };
  }
  return problems;
}

/** The reset's checks, the current password given, and a new one that differs from it (`newPasswordRuleBroken`). */
export function validateChangePassword(values: ChangePasswordValues): Problems {
  const problems = validateResetPassword(values);
  if (!values.currentPassword) problems.currentPassword = { key: 'password.validation.currentRequired' };
  else if (newPasswordRuleBroken(values.currentPassword, values.newPassword) === 'UNCHANGED') {
    problems.newPassword = { key: 'password.validation.unchanged' };
  }
  return problems;
}
