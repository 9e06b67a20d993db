import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { apiProblems } from '../../graphql/errors';
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
  const [contact, setContact] = useState(donor.contact ?? '');
  const [namedPublicly, setNamedPublicly] = useState(donor.namedPublicly);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [update, { loading }] = useMutation(updateDonorProfileMutation);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      await update({ variables: { id: donor.id, expectedVersion: donor.version, input: { contact: contact.trim(), namedPublicly } } });
      setMessage({ tone: 'success', text: t('funding.profileSaved') });
    } catch (error) {
      setMessage({ tone: 'error', text: apiProblems(error).map((p) => p.message).join(' ') });
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="donor-profile">
      <h2 id={`${id}-title`}>{t('funding.profileTitle', { name: donor.name })}</h2>
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)} testId="donor-profile-message">
          <p>{message.text}</p>
        </Notice>
      )}
      <form className="inline-form" noValidate onSubmit={(e) => void submit(e)}>
        <div className="field field--wide">
          <label htmlFor={`${id}-contact`}>{t('funding.contact')}</label>
          <input id={`${id}-contact`} type="text" value={contact} onChange={(e) => setContact(e.target.value)} data-testid="donor-contact" />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={namedPublicly} onChange={(e) => setNamedPublicly(e.target.checked)} data-testid="donor-named-publicly" />
          {t('funding.namedPublicly')}
        </label>
        <button type="submit" className="button button--primary" disabled={loading} data-testid="donor-profile-save">
          {t('funding.saveProfile')}
        </button>
      </form>
    </section>
  );
}
