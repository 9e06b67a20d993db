import {
  COOPERATION_KINDS,
  COOPERATION_OFFENCES,
  COOPERATION_OUTCOMES,
  LEGAL_BASES,
  REFUSAL_GROUNDS,
  isCalendarDate,
  isNotInFuture,
} from '@ta/domain';
import type { CooperationCaseInput } from '@ta/graphql-types/graphql';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedInUser } from '../../app/session';
import { FormField } from '../../components/FormField';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import type { Problems } from '../../forms';
import { useMutation } from '../../graphql/hooks';
import { recordCooperationCaseMutation } from './cooperation.graphql';

type Values = {
  [K in keyof CooperationCaseInput]-?: string;
};

const EMPTY: Values = {
  requestingStateIso3: '',
  requestedStateIso3: '',
  reportedByStateIso3: '',
  kind: 'MUTUAL_LEGAL_ASSISTANCE',
  offence: COOPERATION_OFFENCES[0],
  legalBasis: 'CONVENTION',
  outcome: 'PENDING',
  sentOn: '',
  executedOn: '',
  refusalGround: '',
  caseRef: '',
};

function validate(v: Values): Problems {
  const problems: Problems = {};
  if (!v.requestingStateIso3) problems.requestingStateIso3 = { key: 'validation.stateRequired' };
  if (!v.requestedStateIso3) problems.requestedStateIso3 = { key: 'validation.stateRequired' };
  if (!v.reportedByStateIso3) problems.reportedByStateIso3 = { key: 'validation.stateRequired' };
  if (!v.sentOn) problems.sentOn = { key: 'validation.dateRequired' };
  for (const field of ['sentOn', 'executedOn'] as const) {
    if (!v[field]) continue;
    if (!isCalendarDate(v[field])) problems[field] = { key: 'validation.dateInvalid' };
    else if (!isNotInFuture(v[field])) problems[field] = { key: 'validation.dateFuture' };
  }
  if (!v.caseRef.trim()) problems.caseRef = { key: 'validation.caseRefRequired' };
  return problems;
}

/**
 * One request between two States, as one of them reports it (recordCooperationCase): a field office for its
 * States. The same request reported by the other State is matched, not counted again; the page says which.
 */
export function CooperationCaseForm({
  user,
  states,
}: {
  user: SignedInUser;
  states: ReadonlyArray<{ iso3: string; name: string }>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [said, setSaid] = useState<'recorded' | 'alreadyReported' | null>(null);
  const form = useForm<Values>({
    initial: EMPTY,
    validate,
    aliases: Object.fromEntries(Object.keys(EMPTY).map((k) => [`input.${k}`, k])),
  });
  const [record, recording] = useMutation(recordCooperationCaseMutation, {
    refetchQueries: ['CooperationStatistics'],
  });
  const reporters = user.actableStates === null ? null : new Set(user.actableStates);
  const parties = [form.values.requestingStateIso3, form.values.requestedStateIso3].filter(
    (iso3) => iso3 && (reporters === null || reporters.has(iso3)),
  );
  const name = (iso3: string) => states.find((s) => s.iso3 === iso3)?.name ?? iso3;

  const submit = form.handleSubmit(async (v) => {
    setSaid(null);
    const result = await record({
      variables: {
        input: {
          requestingStateIso3: v.requestingStateIso3,
          requestedStateIso3: v.requestedStateIso3,
          reportedByStateIso3: v.reportedByStateIso3,
          kind: v.kind as CooperationCaseInput['kind'],
          offence: v.offence,
          legalBasis: v.legalBasis as CooperationCaseInput['legalBasis'],
          outcome: v.outcome as CooperationCaseInput['outcome'],
          sentOn: v.sentOn,
          executedOn: v.executedOn || null,
          refusalGround: (v.refusalGround || null) as CooperationCaseInput['refusalGround'],
          caseRef: v.caseRef.trim(),
        },
      },
    });
    setSaid(result.data?.recordCooperationCase.alreadyReported ? 'alreadyReported' : 'recorded');
    form.reset();
  });

  /** A field of the form: its label, error and the control's common properties, the control (select or input) given. */
  const field = (
    name: keyof Values,
    optional: boolean,
    control: (props: {
      id: string;
      value: string;
      onChange: (e: { target: { value: string } }) => void;
      onBlur: () => void;
      'aria-describedby': string | undefined;
      'aria-invalid': boolean;
      'data-testid': string;
    }) => ReactNode,
  ) => (
    <FormField
      key={name}
      id={`${id}-${name}`}
      name={name}
      label={t(`cooperationPage.fields.${name}`)}
      error={form.errorFor(name)}
      required={!optional}
    >
      {(describedBy) =>
        control({
          id: `${id}-${name}`,
          value: form.values[name],
          onChange: (e) => form.set(name, e.target.value),
          onBlur: form.touch(name),
          'aria-describedby': describedBy,
          'aria-invalid': Boolean(form.errorFor(name)),
          'data-testid': `cooperation-case-${name}`,
        })
      }
    </FormField>
  );
  const select = (name: keyof Values, options: ReadonlyArray<{ value: string; label: string }>, optional = false) =>
    field(name, optional, (props) => (
      <select {...props}>
        {(optional || options.length === 0 || !form.values[name]) && <option value="">—</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    ));
  const input = (name: 'sentOn' | 'executedOn' | 'caseRef', type: string, optional = false) =>
    field(name, optional, (props) => <input type={type} {...props} />);
  const stateOptions = states.map((s) => ({ value: s.iso3, label: s.name }));

  return (
    <form className="log-form" noValidate onSubmit={submit} data-testid="cooperation-case-form">
      {said && (
        <Notice tone="success" testId="cooperation-case-said">
          <p>{t(`cooperationPage.${said}`)}</p>
        </Notice>
      )}
      {form.formError && (
        <p className="form-error" role="alert" data-testid="cooperation-case-error">
          {form.formError}
        </p>
      )}
      {select('requestingStateIso3', stateOptions)}
      {select('requestedStateIso3', stateOptions)}
      {select(
        'reportedByStateIso3',
        parties.map((iso3) => ({ value: iso3, label: name(iso3) })),
      )}
      {select(
        'kind',
        COOPERATION_KINDS.map((k) => ({ value: k, label: t(`authorities.kinds.${k}`) })),
      )}
      {select(
        'offence',
        COOPERATION_OFFENCES.map((o) => ({ value: o, label: t(`cooperationPage.offences.${o}`) })),
      )}
      {select(
        'legalBasis',
        LEGAL_BASES.map((b) => ({ value: b, label: t(`cooperationPage.legalBases.${b}`) })),
      )}
      {select(
        'outcome',
        COOPERATION_OUTCOMES.map((o) => ({ value: o, label: t(`cooperationPage.outcomes.${o}`) })),
      )}
      {input('sentOn', 'date')}
      {input('executedOn', 'date', true)}
      {select(
        'refusalGround',
        REFUSAL_GROUNDS.map((g) => ({ value: g, label: t(`cooperationPage.refusalGrounds.${g}`) })),
        true,
      )}
      {input('caseRef', 'text')}
      <footer className="dialog__footer">
        <button
          type="submit"
          className="button button--primary"
          disabled={recording.loading}
          data-testid="cooperation-case-submit"
        >
          {t('cooperationPage.record')}
        </button>
      </footer>
    </form>
  );
}
