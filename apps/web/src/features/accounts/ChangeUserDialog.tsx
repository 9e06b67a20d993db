import type { UserRowFragment, UserScopeOptionsQuery } from '@ta/graphql-types/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { useMutation } from '../../graphql/hooks';
import { useDraft } from '../../offline/drafts';
import { updateUserMutation } from './accounts.graphql';
import { CHANGE_FIELD_LABELS, UserFields, type ChoicesFailed } from './UserFields';
import {
  isUserChangeField,
  refusalsOnFields,
  toUpdateUserInput,
  USER_CHANGE_FIELDS,
  userChangeOf,
  validateUserChange,
  type UserChangeValues,
} from './user-form';

interface ChangeUserDialogProps {
  account: UserRowFragment;
  onClose: () => void;
  onChanged: (user: UserRowFragment) => void;
  options: UserScopeOptionsQuery | undefined;
  /** Set when the offices and donors could not be loaded. */
  optionsFailed?: ChoicesFailed;
  /** The administrator's id: whose draft this is. */
  userId: string;
}

/**
 * An account's name, role and scope, sent with the version the administrator saw: if someone changed the account
 * meanwhile the API refuses (CONFLICT), said above the form in the reader's language, and nothing changes.
 * Mounted while open; a draft (of this version of the account) survives a reload.
 */
export function ChangeUserDialog({
  account,
  onClose,
  onChanged,
  options,
  optionsFailed,
  userId,
}: ChangeUserDialogProps) {
  const { t } = useTranslation();
  const initial = (): UserChangeValues => userChangeOf(account);
  const form = useForm<UserChangeValues>({
    initial,
    validate: validateUserChange,
    isField: isUserChangeField,
    serverMessage: (message) => t('users.serverError', { message }),
    fixMessage: t('users.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [updateUser, { loading }] = useMutation(updateUserMutation, { evict: ['users'] });
  const formId = useId();

  // Kept per account and version: a draft of a version someone has since changed is not put back.
  const draft = useDraft(`change-user:${userId}:${account.id}`, form, { empty: initial, basis: account.version });

  const submit = form.handleSubmit(async (v) => {
    try {
      const { data } = await updateUser({
        variables: { id: account.id, expectedVersion: account.version, input: toUpdateUserInput(v) },
      });
      if (!data) throw new Error('The API answered without the changed account.');
      await draft.finish();
      onChanged(data.updateUser);
    } catch (error) {
      // One's own role is refused (FORBIDDEN) on the role itself.
      const onFields = refusalsOnFields(apiProblems(error), isUserChangeField);
      if (!onFields) throw error;
      for (const [field, message] of Object.entries(onFields)) form.setFieldError(field, message);
    }
  });

  return (
    <DraftFormDialog
      onClose={onClose}
      title={t('users.changeTitle', { email: account.email })}
      intro={t('users.changeIntro')}
      testId="change-user"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(USER_CHANGE_FIELDS, problems, (field) => t(CHANGE_FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('users.saving') : t('users.save'),
        submitTestId: 'change-user-submit',
      }}
    >
      <div className="log-form__grid">
        <UserFields
          formId={formId}
          values={values}
          errorFor={errorFor}
          set={(field, value) => form.set(field, value)}
          touch={touch}
          options={options}
          optionsFailed={optionsFailed}
          testPrefix="change-user"
        />
      </div>
    </DraftFormDialog>
  );
}
