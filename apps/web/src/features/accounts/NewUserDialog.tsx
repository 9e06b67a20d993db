import { MIN_PASSWORD_LENGTH } from '@ta/domain';
import type { CreateUserMutation, UserScopeOptionsQuery } from '@ta/graphql-types/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { useMutation } from '../../graphql/hooks';
import { useDraft } from '../../offline/drafts';
import { createUserMutation } from './accounts.graphql';
import { CHANGE_FIELD_LABELS, UserFields, type ChoicesFailed } from './UserFields';
import {
  emptyNewUser,
  fromNewUserDraft,
  isNewUserField,
  NEW_USER_FIELDS,
  newUserDraft,
  refusalsOnFields,
  toCreateUserInput,
  validateNewUser,
  type NewUserField,
  type NewUserValues,
} from './user-form';

const FIELD_LABELS = {
  ...CHANGE_FIELD_LABELS,
  email: 'users.email',
  password: 'users.password',
} as const satisfies Record<NewUserField, string>;

/** The one draft of this form on this device, per administrator. */
const draftNameOf = (userId: string): string => `new-user:${userId}`;

export type CreatedUser = CreateUserMutation['createUser'];

interface NewUserDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (user: CreatedUser) => void;
  options: UserScopeOptionsQuery | undefined;
  /** Set when the offices and donors could not be loaded. */
  optionsFailed?: ChoicesFailed;
  /** Whose draft and submissions these are: on a shared computer, each administrator's own. */
  userId: string;
}

/**
 * "New user": checked as the administrator types with the rule kernel's rules, and again by the API, whose answers
 * land on the field at fault. What is typed is kept as a draft on the device — except the password, which is
 * never written there: after a reload it is typed again.
 */
export function NewUserDialog({ open, onClose, onCreated, options, optionsFailed, userId }: NewUserDialogProps) {
  const { t } = useTranslation();
  const form = useForm<NewUserValues>({
    initial: emptyNewUser,
    validate: validateNewUser,
    isField: isNewUserField,
    serverMessage: (message) => t('users.serverError', { message }),
    fixMessage: t('users.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [createUser, { loading }] = useMutation(createUserMutation, { evict: ['users'] });
  const formId = useId();

  // The draft sees the form without its password: typing one writes nothing, and a restored draft has none.
  const draft = useDraft(
    draftNameOf(userId),
    {
      values: newUserDraft(values),
      reset: (next) => form.reset(next ? fromNewUserDraft(next) : emptyNewUser()),
    },
    { active: open, empty: () => newUserDraft(emptyNewUser()) },
  );

  const submit = form.handleSubmit(async (v) => {
    // The draft's key: if the answer is lost and this is sent again, the account is created once.
    const input = { ...toCreateUserInput(v), idempotencyKey: draft.idempotencyKey() };
    try {
      const { data } = await createUser({ variables: { input } });
      if (!data) throw new Error('The API answered without the created account.');
      await draft.finish();
      form.reset(emptyNewUser());
      onCreated(data.createUser);
    } catch (error) {
      // An email already used is a CONFLICT, not a bad input: it still belongs on the email.
      const onFields = refusalsOnFields(apiProblems(error), isNewUserField);
      if (!onFields) throw error;
      for (const [field, message] of Object.entries(onFields)) form.setFieldError(field, message);
    }
  });

  return (
    <DraftFormDialog
      open={open}
      onClose={onClose}
      title={t('users.newTitle')}
      intro={t('users.newIntro')}
      testId="new-user"
      draft={draft}
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(NEW_USER_FIELDS, problems, (field) => t(FIELD_LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('users.submitting') : t('users.submit'),
        submitTestId: 'new-user-submit',
      }}
    >
      <div className="log-form__grid">
        <FormField id={`${formId}-email`} label={t(FIELD_LABELS.email)} error={errorFor('email')} name="email" required>
          {(describedBy) => (
            <input
              id={`${formId}-email`}
              type="email"
              autoComplete="off"
              value={values.email}
              onChange={(e) => form.set('email', e.target.value)}
              onBlur={touch('email')}
              aria-invalid={Boolean(errorFor('email'))}
              aria-describedby={describedBy}
              required
              autoFocus
              data-testid="new-user-email"
            />
          )}
        </FormField>

        <UserFields
          formId={formId}
          values={values}
          errorFor={errorFor}
          set={(field, value) => form.set(field, value as NewUserValues[typeof field])}
          touch={touch}
          options={options}
          optionsFailed={optionsFailed}
          testPrefix="new-user"
        />

        <FormField
          id={`${formId}-password`}
          label={t(FIELD_LABELS.password)}
          error={errorFor('password')}
          name="password"
          hint={t('users.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          required
        >
          {(describedBy) => (
            <input
              id={`${formId}-password`}
              type="password"
              // Another person's first password: not for the administrator's password manager.
              autoComplete="off"
              value={values.password}
              onChange={(e) => form.set('password', e.target.value)}
              onBlur={touch('password')}
              aria-invalid={Boolean(errorFor('password'))}
              aria-describedby={describedBy}
              required
              data-testid="new-user-password"
            />
          )}
        </FormField>
      </div>
    </DraftFormDialog>
  );
}
