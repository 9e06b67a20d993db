import { MIN_PASSWORD_LENGTH, passwordProblem } from '@ta/domain';
import {
  emptyChangePassword,
  emptyResetPassword,
  isChangePasswordField,
  isResetPasswordField,
  validateChangePassword,
  validateResetPassword,
} from './password-form';

const change = { currentPassword: 'correct horse battery', newPassword: 'a brand new passphrase', confirmPassword: '' };
const confirmed = { ...change, confirmPassword: change.newPassword };

describe('validateChangePassword', () => {
  it('accepts a current password, a new one that keeps the rule, and the same again', () => {
    expect(validateChangePassword(confirmed)).toEqual({});
  });

  it('names every field of an empty form', () => {
    expect(validateChangePassword(emptyChangePassword())).toEqual({
      currentPassword: { key: 'password.validation.currentRequired' },
      newPassword: { key: 'users.validation.passwordRequired', values: { min: MIN_PASSWORD_LENGTH } },
      confirmPassword: { key: 'password.validation.confirmRequired' },
    });
  });

  it("refuses the new passwords the API's rule (passwordProblem) refuses, and only those", () => {
    for (const newPassword of ['short', 'x'.repeat(MIN_PASSWORD_LENGTH), 'y'.repeat(201), 'a first passphrase']) {
      const problems = validateChangePassword({ ...confirmed, newPassword, confirmPassword: newPassword });
      expect({ newPassword, refused: Boolean(problems.newPassword) }).toEqual({
        newPassword,
        refused: passwordProblem(newPassword) !== null,
      });
    }
  });

  it('refuses a confirmation that differs, and a new password that is the current one', () => {
    expect(validateChangePassword({ ...confirmed, confirmPassword: 'a brand new passphrasE' })).toEqual({
      confirmPassword: { key: 'password.validation.mismatch' },
    });
    expect(
      validateChangePassword({
        ...change,
        newPassword: change.currentPassword,
        confirmPassword: change.currentPassword,
      }),
    ).toEqual({ newPassword: { key: 'password.validation.unchanged' } });
  });

  it("lands the API's answers on the fields it names", () => {
    expect(['currentPassword', 'newPassword', 'confirmPassword'].every(isChangePasswordField)).toBe(true);
    expect(isChangePasswordField('password')).toBe(false);
    expect(isChangePasswordField(null)).toBe(false);
  });
});

describe('validateResetPassword', () => {
  it('needs a new password by the rule, typed twice the same; no current password', () => {
    expect(
      validateResetPassword({ newPassword: 'temporary passphrase 7', confirmPassword: 'temporary passphrase 7' }),
    ).toEqual({});
    expect(Object.keys(validateResetPassword(emptyResetPassword())).sort()).toEqual(['confirmPassword', 'newPassword']);
    expect(validateResetPassword({ newPassword: 'short', confirmPassword: 'short' }).newPassword).toEqual({
      key: 'users.validation.passwordTooShort',
      values: { min: MIN_PASSWORD_LENGTH },
    });
    expect(
      validateResetPassword({ newPassword: 'temporary passphrase 7', confirmPassword: 'temporary passphrase' })
        .confirmPassword,
    ).toEqual({ key: 'password.validation.mismatch' });
    expect(isResetPasswordField('newPassword')).toBe(true);
    expect(isResetPasswordField('currentPassword')).toBe(false);
  });
});
