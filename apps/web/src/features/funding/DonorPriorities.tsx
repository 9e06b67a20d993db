import { useMutation, useQuery } from '../../graphql/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { regionLabel } from '../reference/labels';
import type { ReferenceData } from '../reference/use-reference-data';
import { FUNDING_FIELDS } from './evict-funding';
import { donorPrioritiesQuery, setDonorPrioritiesMutation } from './funding.graphql';
import { regionChoices } from '../reference/region-choices';

interface Priorities {
  priorityAreaCodes: string[];
  m49Areas: string[];
  instrumentCodes: string[];
}

/** The donor's stated priorities (areas, M49 regions and sub-regions, instruments), which its matches follow. */
export function DonorPriorities({ donorId, reference }: { donorId: string; reference: ReferenceData }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(donorPrioritiesQuery);
  // Kept here: the form starts afresh at each new version (the save's own answer included), and must still say so.
  const [saved, setSaved] = useState(false);
  const donor = data?.donors.find((d) => d.id === donorId);
  if (!data || !donor?.priorities) return null;
  return (
    <PrioritiesForm
      key={donor.version}
      donorId={donorId}
      version={donor.version}
      initial={donor.priorities}
      areas={reference.priorityAreas.map((a) => ({ code: a.code, label: `${a.code} — ${a.title}` }))}
      regions={regionChoices(
        data.m49Areas,
        (name) => regionLabel(t, name),
        new Intl.Collator(i18n.resolvedLanguage ?? 'en').compare,
      )}
      instruments={data.instruments.map((i) => ({ code: i.code, label: i.shortTitle }))}
      saved={saved}
      setSaved={setSaved}
    />
  );
}

interface Choice {
  code: string;
  label: string;
  level?: number;
}

function PrioritiesForm({
  donorId,
  version,
  initial,
  areas,
  regions,
  instruments,
  saved,
  setSaved,
}: {
  saved: boolean;
  setSaved: (saved: boolean) => void;
  donorId: string;
  version: number;
  initial: Priorities;
  areas: Choice[];
  regions: Choice[];
  instruments: Choice[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm<Priorities>({
    initial: {
      priorityAreaCodes: [...initial.priorityAreaCodes],
      m49Areas: [...initial.m49Areas],
      instrumentCodes: [...initial.instrumentCodes],
    },
    validate: () => ({}),
    isField: () => false,
  });
  const { values, set, formError } = form;
  const [save, { loading }] = useMutation(setDonorPrioritiesMutation, { evict: FUNDING_FIELDS });
  const submit = form.handleSubmit(async (v) => {
    setSaved(false);
    await save({ variables: { id: donorId, expectedVersion: version, input: v } });
    setSaved(true);
  });
  const group = (field: keyof Priorities, legend: string, choices: Choice[]) => (
    <fieldset className="topics" data-testid={`priorities-${field}`}>
      <legend>{legend}</legend>
      <div className="radio-row">
        {choices.map((c) => (
          <label key={c.code} className="checkbox">
            <input
              type="checkbox"
              checked={values[field].includes(c.code)}
              onChange={(e) =>
                set(field, e.target.checked ? [...values[field], c.code] : values[field].filter((x) => x !== c.code))
              }
              data-testid={`priority-${field}-${c.code}`}
            />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="donor-priorities">
      <h2 id={`${id}-title`}>{t('funding.priorities.title')}</h2>
      <p className="muted">{t('funding.priorities.intro')}</p>
      {(formError || saved) && (
        <Notice
          tone={formError ? 'error' : 'success'}
          onDismiss={() => (formError ? form.setFormError(null) : setSaved(false))}
          testId="priorities-message"
        >
          <p>{formError ?? t('funding.priorities.saved')}</p>
        </Notice>
      )}
      <form className="log-form" noValidate onSubmit={submit}>
        {group('priorityAreaCodes', t('funding.priorities.areas'), areas)}
        {group('m49Areas', t('funding.priorities.regions'), regions)}
        {group('instrumentCodes', t('funding.priorities.instruments'), instruments)}
        <footer className="dialog__footer">
          <button type="submit" className="button button--primary" disabled={loading} data-testid="priorities-save">
            {t('funding.priorities.save')}
          </button>
        </footer>
      </form>
    </section>
  );
}
