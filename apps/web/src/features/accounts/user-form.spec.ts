import { ACCOUNT_LIMITS, MIN_PASSWORD_LENGTH, passwordProblem } from '@ta/domain';
import {
  emptyNewUser,
  fromNewUserDraft,
  isNewUserField,
  isUserChangeField,
  newUserDraft,
  refusalsOnFields,
  scopeFieldShown,
  toCreateUserInput,
  toUpdateUserInput,
  userChangeOf,
  validateNewUser,
  validateUserChange,
  type NewUserValues,
} from './user-form';

const DONOR_ID = '0b5f8a52-3f2c-4c52-9d7e-6f1d8b0a9e11';
const valid: NewUserValues = {
  email: 'amina.diallo@unodc.example',
  displayName: 'Amina Diallo',
  role: 'SECRETARIAT',
  fieldOfficeCode: '',
  donorId: '',
  password: 'a first passphrase',
};

describe('validateNewUser', () => {
  it('accepts an account that needs no scope, and names every required field of an empty form', () => {
    expect(validateNewUser(valid)).toEqual({});
    expect(Object.keys(validateNewUser(emptyNewUser())).sort()).toEqual(
      ['displayName', 'email', 'password', 'role'].sort(),
    );
    expect(validateNewUser(emptyNewUser()).password).toEqual({
      key: 'users.validation.passwordRequired',
      values: { min: MIN_PASSWORD_LENGTH },
    });
  });

  it('needs an email address, of at most the length the API takes', () => {
    expect(validateNewUser({ ...valid, email: '  ' }).email?.key).toBe('users.validation.emailRequired');
    expect(validateNewUser({ ...valid, email: 'amina.diallo' }).email?.key).toBe('validation.emailInvalid');
    const long = `${'a'.repeat(ACCOUNT_LIMITS.emailMax)}@x.org`;
    expect(validateNewUser({ ...valid, email: long }).email).toEqual({
      key: 'validation.textTooLong',
      values: { max: ACCOUNT_LIMITS.emailMax },
    });
  });

  it('asks for the scope the role needs (the rule kernel: an office for a field office, a donor for a donor)', () => {
    expect(validateNewUser({ ...valid, role: 'FIELD_OFFICE' })).toEqual({
      fieldOfficeCode: { key: 'users.validation.officeRequired' },
    });
    expect(validateNewUser({ ...valid, role: 'FIELD_OFFICE', fieldOfficeCode: 'BKK' })).toEqual({});
    expect(validateNewUser({ ...valid, role: 'FIELD_OFFICE', fieldOfficeCode: 'bkk' }).fieldOfficeCode?.key).toBe(
      'users.validation.officeRequired',
    );
    expect(validateNewUser({ ...valid, role: 'DONOR' })).toEqual({
      donorId: { key: 'users.validation.donorRequired' },
    });
    expect(validateNewUser({ ...valid, role: 'DONOR', donorId: DONOR_ID })).toEqual({});
    // Roles without a scope ignore a leftover office or donor.
    expect(validateNewUser({ ...valid, role: 'VIEWER', fieldOfficeCode: 'BKK', donorId: DONOR_ID })).toEqual({});
    expect(scopeFieldShown('')).toBeNull();
    expect(scopeFieldShown('ADMIN')).toBeNull();
  });

  it("refuses the passwords the API's rule (passwordProblem) refuses, and only those", () => {
    for (const password of ['short', 'x'.repeat(MIN_PASSWORD_LENGTH), 'y'.repeat(201), 'a first passphrase']) {
      expect({ password, refused: Boolean(validateNewUser({ ...valid, password }).password) }).toEqual({
        password,
        refused: passwordProblem(password) !== null,
      });
    }
    expect(validateNewUser({ ...valid, password: 'x'.repeat(12) }).password?.key).toBe(
      'users.validation.passwordRepeated',
    );
    expect(validateNewUser({ ...valid, password: 'short' }).password).toEqual({
      key: 'users.validation.passwordTooShort',
      values: { min: MIN_PASSWORD_LENGTH },
    });
  });

  it('needs a name of at least two characters, at most 200', () => {
    expect(validateNewUser({ ...valid, displayName: ' ' }).displayName?.key).toBe('users.validation.nameRequired');
    expect(validateNewUser({ ...valid, displayName: 'A' }).displayName).toEqual({
      key: 'users.validation.nameTooShort',
      values: { min: 2 },
    });
    expect(validateNewUser({ ...valid, displayName: 'x'.repeat(201) }).displayName?.key).toBe('validation.textTooLong');
  });
});

describe('the draft of "New user"', () => {
  it('never holds the password, and a restored draft asks for it again', () => {
    const draft = newUserDraft(valid);
    expect(draft).not.toHaveProperty('password');
    expect(JSON.stringify(draft)).not.toContain(valid.password);
    expect(fromNewUserDraft(draft)).toEqual({ ...valid, password: '' });
    expect(newUserDraft(emptyNewUser())).toEqual({
      email: '',
      displayName: '',
      role: '',
      fieldOfficeCode: '',
      donorId: '',
    });
  });
});

describe('the inputs sent', () => {
  it('creates with the scope the role needs only, trimmed', () => {
    expect(
      toCreateUserInput({
        ...valid,
        email: ' new@x.org ',
        role: 'FIELD_OFFICE',
        fieldOfficeCode: 'DKR',
        donorId: DONOR_ID,
      }),
    ).toEqual({
      email: 'new@x.org',
      displayName: 'Amina Diallo',
      role: 'FIELD_OFFICE',
      fieldOfficeCode: 'DKR',
      password: valid.password,
    });
    expect(toCreateUserInput(valid)).not.toHaveProperty('fieldOfficeCode');
    expect(() => toCreateUserInput(emptyNewUser())).toThrow();
  });

  it('changes a role, clearing the scope the new role does not keep', () => {
    const office = userChangeOf({
      displayName: 'Officer',
      role: 'FIELD_OFFICE',
      fieldOffice: { code: 'BKK' },
      donor: null,
    });
    expect(office).toEqual({ displayName: 'Officer', role: 'FIELD_OFFICE', fieldOfficeCode: 'BKK', donorId: '' });
    expect(validateUserChange(office)).toEqual({});
    expect(toUpdateUserInput({ ...office, role: 'DONOR', donorId: DONOR_ID })).toEqual({
      displayName: 'Officer',
      role: 'DONOR',
      fieldOfficeCode: null,
      donorId: DONOR_ID,
    });
    expect(toUpdateUserInput({ ...office, role: 'VIEWER' })).toEqual({
      displayName: 'Officer',
      role: 'VIEWER',
      fieldOfficeCode: null,
      donorId: null,
    });
  });
});

describe("the API's refusals on the form's fields", () => {
  it('puts an email already used and one’s own role on their fields; anything else is the form’s', () => {
    const taken = { field: 'email', message: 'There is already an account for x@y.org.', reason: 'EMAIL_TAKEN' };
    const ownRole = { field: 'role', message: 'You cannot change your own role.', reason: 'NOT_ALLOWED' };
    const stale = { field: 'expectedVersion', message: 'Changed by someone else.', reason: 'STALE_VERSION' };
    expect(refusalsOnFields([taken], isNewUserField)).toEqual({ email: taken.message });
    expect(refusalsOnFields([ownRole], isUserChangeField)).toEqual({ role: ownRole.message });
    expect(refusalsOnFields([stale], isUserChangeField)).toBeNull();
    expect(refusalsOnFields([taken, stale], isNewUserField)).toBeNull();
    // The email is not a field of the change form.
    expect(refusalsOnFields([taken], isUserChangeField)).toBeNull();
    expect(refusalsOnFields([], isNewUserField)).toBeNull();
  });
});
