import { ROLES, type Role } from '@ta/domain';
import type { UserScopeOptionsQuery } from '@ta/graphql-types/graphql';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { apiProblems } from '../../graphql/errors';
import { isRole, scopeFieldShown, type UserChangeField, type UserChangeValues } from './user-form';

/** The labels of the fields both account forms share (the footer names them when they are still at fault). */
export const CHANGE_FIELD_LABELS = {
  displayName: 'users.displayName',
  role: 'users.role',
  fieldOfficeCode: 'users.fieldOffice',
  donorId: 'users.donor',
} as const satisfies Record<UserChangeField, string>;

/** The offices and donors could not be loaded: why, and a way to ask again. */
export interface ChoicesFailed {
  error: unknown;
  retry: () => void;
}

interface UserFieldsProps {
  formId: string;
  values: UserChangeValues;
  errorFor: (field: string) => string | undefined;
  set: <K extends UserChangeField>(field: K, value: UserChangeValues[K]) => void;
  touch: (field: string) => () => void;
  options: UserScopeOptionsQuery | undefined;
  /** Set when the offices and donors could not be loaded (the value held stays chosen meanwhile). */
  optionsFailed?: ChoicesFailed;
  /** The data-testid prefix of the controls (`new-user`, `change-user`). */
  testPrefix: string;
}

/**
 * Name, role, and the scope the chosen role needs (the rule kernel's `scopeFieldOf`): the field office for a field
 * office, the donor for a donor, nothing for the others.
 */
export function UserFields({
  formId,
  values,
  errorFor,
  set,
  touch,
  options,
  optionsFailed,
  testPrefix,
}: UserFieldsProps) {
  const { t } = useTranslation();
  const scope = scopeFieldShown(values.role);
  const hint = (key: 'users.officeHint' | 'users.donorHint') =>
    optionsFailed ? <ChoicesNotLoaded failed={optionsFailed} testPrefix={testPrefix} /> : t(key);
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
          hint={hint('users.officeHint')}
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
              <PendingChoice
                value={values.fieldOfficeCode}
                loaded={options?.fieldOffices.map((office) => office.code)}
                failed={Boolean(optionsFailed)}
              />
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
          hint={hint('users.donorHint')}
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
              <PendingChoice
                value={values.donorId}
                loaded={options?.donors.map((donor) => donor.id)}
                failed={Boolean(optionsFailed)}
              />
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

/**
 * The value a select holds (restored from a draft, or the account's own) before its choices have loaded, or when
 * they could not be: without an option of its own the browser would show "Choose…" and read as empty. "Loading…"
 * while they load; the value itself once they have (without it) or could not.
 */
function PendingChoice({
  value,
  loaded,
  failed,
}: {
  value: string;
  loaded: readonly string[] | undefined;
  failed: boolean;
}) {
  const { t } = useTranslation();
  if (value === '' || loaded?.includes(value)) return null;
  return <option value={value}>{loaded || failed ? value : t('app.loading')}</option>;
}

/** The field's hint when its choices could not be loaded: the API's words, and a way to try again. */
function ChoicesNotLoaded({ failed, testPrefix }: { failed: ChoicesFailed; testPrefix: string }) {
  const { t } = useTranslation();
  return (
    <span role="alert" data-testid={`${testPrefix}-choices-failed`}>
      {t('users.choicesFailed', {
        message: apiProblems(failed.error)
          .map((p) => p.message)
          .join(' '),
      })}{' '}
      <button type="button" className="link-button" onClick={failed.retry} data-testid={`${testPrefix}-choices-retry`}>
        {t('requests.retry')}
      </button>
    </span>
  );
}
