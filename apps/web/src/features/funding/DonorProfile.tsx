import { useMutation, useQuery } from '../../graphql/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { donorsQuery, updateDonorProfileMutation } from './funding.graphql';

/** A donor's own profile: whom to write to, and whether other donors may see its name. */
export function DonorProfile({ donorId }: { donorId: string }) {
  const { data } = useQuery(donorsQuery);
  const donor = data?.donors.find((d) => d.id === donorId);
  if (!donor) return null;
  return <DonorProfileForm donor={donor} />;
}

interface DonorLike {
  id: string;
  name: string;
  contact: string | null;
  namedPublicly: boolean;
  version: number;
}

function DonorProfileForm({ donor }: { donor: DonorLike }) {
  const { t } = useTranslation();
  const id = useId();
  // Every refusal is said in the notice above the form.
  const form = useForm({
    initial: { contact: donor.contact ?? '', namedPublicly: donor.namedPublicly },
    validate: () => ({}),
    isField: () => false,
  });
  const { values, set, formError } = form;
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(updateDonorProfileMutation);
  const message = formError
    ? { tone: 'error' as const, text: formError }
    : saved
      ? { tone: 'success' as const, text: t('funding.profileSaved') }
      : null;

  const submit = form.handleSubmit(async (v) => {
    setSaved(false);
    await update({
      variables: {
        id: donor.id,
        expectedVersion: donor.version,
        input: { contact: v.contact.trim(), namedPublicly: v.namedPublicly },
      },
    });
    setSaved(true);
  });

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="donor-profile">
      <h2 id={`${id}-title`}>{t('funding.profileTitle', { name: donor.name })}</h2>
      {message && (
        <Notice
          tone={message.tone}
          onDismiss={() => (formError ? form.setFormError(null) : setSaved(false))}
          testId="donor-profile-message"
        >
          <p>{message.text}</p>
        </Notice>
      )}
      <form className="inline-form" noValidate onSubmit={submit}>
        <div className="field field--wide">
          <label htmlFor={`${id}-contact`}>{t('funding.contact')}</label>
          <input
            id={`${id}-contact`}
            type="text"
            value={values.contact}
            onChange={(e) => set('contact', e.target.value)}
            data-testid="donor-contact"
          />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.namedPublicly}
            onChange={(e) => set('namedPublicly', e.target.checked)}
            data-testid="donor-named-publicly"
          />
          {t('funding.namedPublicly')}
        </label>
        <button type="submit" className="button button--primary" disabled={loading} data-testid="donor-profile-save">
          {t('funding.saveProfile')}
        </button>
      </form>
    </section>
  );
}
