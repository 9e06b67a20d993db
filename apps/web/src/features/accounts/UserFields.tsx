import { ROLES, type Role } from '@ta/domain';
import type { UserScopeOptionsQuery } from '@ta/graphql-types/graphql';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { isRole, scopeFieldShown, type UserChangeField, type UserChangeValues } from './user-form';

/** The labels of the fields both account forms share (the footer names them when they are still at fault). */
export const CHANGE_FIELD_LABELS = {
  displayName: 'users.displayName',
  role: 'users.role',
  fieldOfficeCode: 'users.fieldOffice',
  donorId: 'users.donor',
} as const satisfies Record<UserChangeField, string>;

interface UserFieldsProps {
  formId: string;
  values: UserChangeValues;
  errorFor: (field: string) => string | undefined;
  set: <K extends UserChangeField>(field: K, value: UserChangeValues[K]) => void;
  touch: (field: string) => () => void;
  options: UserScopeOptionsQuery | undefined;
  /** The data-testid prefix of the controls (`new-user`, `change-user`). */
  testPrefix: string;
}

/**
 * Name, role, and the scope the chosen role needs (the rule kernel's `scopeFieldOf`): the field office for a field
 * office, the donor for a donor, nothing for the others.
 */
export function UserFields({ formId, values, errorFor, set, touch, options, testPrefix }: UserFieldsProps) {
  const { t } = useTranslation();
  const scope = scopeFieldShown(values.role);
  return (
    <>
      <FormField
        id={`${formId}-displayName`}
        label={t(CHANGE_FIELD_LABELS.displayName)}
        error={errorFor('displayName')}
        name="displayName"
        required
      >
        {(describedBy) => (
          <input
            id={`${formId}-displayName`}
            type="text"
            autoComplete="off"
            value={values.displayName}
            onChange={(e) => set('displayName', e.target.value)}
            onBlur={touch('displayName')}
            aria-invalid={Boolean(errorFor('displayName'))}
            aria-describedby={describedBy}
            required
            data-testid={`${testPrefix}-displayName`}
          />
        )}
      </FormField>

      <FormField
        id={`${formId}-role`}
        label={t(CHANGE_FIELD_LABELS.role)}
        error={errorFor('role')}
        name="role"
        required
      >
        {(describedBy) => (
          <select
            id={`${formId}-role`}
            value={values.role}
            onChange={(e) => set('role', isRole(e.target.value) ? e.target.value : ('' as Role | ''))}
            onBlur={touch('role')}
            aria-invalid={Boolean(errorFor('role'))}
            aria-describedby={describedBy}
            required
            data-testid={`${testPrefix}-role`}
          >
            <option value="">{t('form.choose')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>

      {scope === 'fieldOfficeCode' && (
        <FormField
          id={`${formId}-office`}
          label={t(CHANGE_FIELD_LABELS.fieldOfficeCode)}
          error={errorFor('fieldOfficeCode')}
          name="fieldOfficeCode"
          hint={t('users.officeHint')}
          required
        >
          {(describedBy) => (
            <select
              id={`${formId}-office`}
              value={values.fieldOfficeCode}
              onChange={(e) => set('fieldOfficeCode', e.target.value)}
              onBlur={touch('fieldOfficeCode')}
              aria-invalid={Boolean(errorFor('fieldOfficeCode'))}
              aria-describedby={describedBy}
              required
              data-testid={`${testPrefix}-fieldOfficeCode`}
            >
              <option value="">{t('form.choose')}</option>
              {(options?.fieldOffices ?? []).map((office) => (
                <option key={office.code} value={office.code}>
                  {office.code} — {office.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}

      {scope === 'donorId' && (
        <FormField
          id={`${formId}-donor`}
          label={t(CHANGE_FIELD_LABELS.donorId)}
          error={errorFor('donorId')}
          name="donorId"
          hint={t('users.donorHint')}
          required
        >
          {(describedBy) => (
            <select
              id={`${formId}-donor`}
              value={values.donorId}
              onChange={(e) => set('donorId', e.target.value)}
              onBlur={touch('donorId')}
              aria-invalid={Boolean(errorFor('donorId'))}
              aria-describedby={describedBy}
              required
              data-testid={`${testPrefix}-donorId`}
            >
              <option value="">{t('form.choose')}</option>
              {(options?.donors ?? []).map((donor) => (
                <option key={donor.id} value={donor.id}>
                  {donor.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
    </>
  );
}
