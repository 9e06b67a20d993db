import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { SearchedMultiSelect } from '../../components/SearchedMultiSelect';
import type { Form } from '../../components/use-form';
import { regionLabel } from '../reference/labels';
import { regionChoices } from '../reference/region-choices';
import { ACTIVITY_FIELD_LABELS, type ActivityFieldName, type ActivityFieldValues } from './activity-fields';

interface M49Choice {
  code: string;
  name: string;
  level: number;
  region?: string | null;
}

/** The controls' ids after the form's: the beneficiaries' as New activity always had them (its labels are found so). */
const ID_SUFFIX: Record<ActivityFieldName, string> = {
  title: 'title',
  description: 'description',
  beneficiaryStates: 'states',
  beneficiaryAreas: 'regions',
  partners: 'partners',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
};

interface ActivityFieldsOptions<V extends ActivityFieldValues> {
  form: Form<V>;
  /** Sets a field (a form may change others with it: New activity's phase decides the dates' verdict). */
  update: <K extends ActivityFieldName>(field: K, value: V[K]) => void;
  /** The `useId` of the form: the controls' ids start with it. */
  formId: string;
  /** The controls' test ids are `<testPrefix>-<field>` (new-activity-title, edit-activity-title…). */
  testPrefix: string;
  states: ReadonlyArray<{ iso3: string; name: string }>;
  m49Areas: readonly M49Choice[];
}

/**
 * The controls of the fields "New activity" and "Edit activity" share (activity-fields.ts holds their rules), one
 * function a field so that each form lays them out its own way: the title, description and dates as text, the
 * beneficiary States found by typing, the M49 regions, the partners one a line.
 */
export function useActivityFields<V extends ActivityFieldValues>(options: ActivityFieldsOptions<V>) {
  const { form, update, formId, testPrefix, states, m49Areas } = options;
  const { t, i18n } = useTranslation();
  const { values, errorFor, touch } = form;
  const idOf = (name: ActivityFieldName): string => `${formId}-${ID_SUFFIX[name]}`;
  const field = (name: ActivityFieldName, control: (describedBy: string | undefined) => ReactNode, more = {}) => (
    <FormField id={idOf(name)} label={t(ACTIVITY_FIELD_LABELS[name])} error={errorFor(name)} name={name} {...more}>
      {control}
    </FormField>
  );
  const common = (name: ActivityFieldName, describedBy: string | undefined) => ({
    id: idOf(name),
    onBlur: touch(name),
    'aria-invalid': Boolean(errorFor(name)),
    'aria-describedby': describedBy,
    'data-testid': `${testPrefix}-${name}`,
  });

  const regionList = useMemo(
    () =>
      regionChoices(m49Areas, (name) => regionLabel(t, name), new Intl.Collator(i18n.resolvedLanguage ?? 'en').compare),
    [m49Areas, t, i18n.resolvedLanguage],
  );
  // An area the activity already names that is not offered (the World, an intermediate region such as "Western
  // Africa"): shown, chosen, at the end, so that it is seen and kept — or taken away — rather than dropped unseen.
  const chosenAreas = values.beneficiaryAreas.join(',');
  const regions = useMemo(() => {
    const offered = new Set(regionList.map((r) => r.code));
    const extra = chosenAreas
      .split(',')
      .filter((code) => code && !offered.has(code))
      .map((code) => {
        const area = m49Areas.find((a) => a.code === code);
        return { code, label: area ? regionLabel(t, area.name) : code, level: 1 };
      });
    return extra.length ? [...regionList, ...extra] : regionList;
  }, [regionList, chosenAreas, m49Areas, t]);

  // The States: filtered here, from the reference data.
  const [stateSearch, setStateSearch] = useState('');
  const stateLabel = (s: { iso3: string; name: string }): string => `${s.name} (${s.iso3})`;
  const stateMatches = useMemo(() => {
    const words = stateSearch.trim().toLocaleLowerCase();
    return states
      .filter((s) => !words || stateLabel(s).toLocaleLowerCase().includes(words))
      .map((s) => ({ value: s.iso3, label: stateLabel(s) }));
  }, [states, stateSearch]);
  const chosenStates = values.beneficiaryStates.map((iso3) => {
    const state = states.find((s) => s.iso3 === iso3);
    return { value: iso3, label: state ? stateLabel(state) : iso3 };
  });

  return {
    /** The M49 areas to choose from, with their names (the wording the API keeps beside a new code). */
    areas: m49Areas,
    text: (
      name: 'title' | 'startsOn' | 'endsOn',
      opts: { required?: boolean; type?: 'text' | 'date'; autoFocus?: boolean } = {},
    ) =>
      field(
        name,
        (describedBy) => (
          <input
            {...common(name, describedBy)}
            type={opts.type ?? 'text'}
            value={values[name]}
            onChange={(e) => update(name, e.target.value as V[typeof name])}
            required={opts.required}
            autoFocus={opts.autoFocus}
          />
        ),
        { required: opts.required },
      ),
    description: () =>
      field(
        'description',
        (describedBy) => (
          <textarea
            {...common('description', describedBy)}
            value={values.description}
            rows={3}
            onChange={(e) => update('description', e.target.value as V['description'])}
          />
        ),
        { className: 'field--full' },
      ),
    states: () =>
      field(
        'beneficiaryStates',
        (describedBy) => (
          <SearchedMultiSelect
            id={idOf('beneficiaryStates')}
            describedBy={describedBy}
            search={stateSearch}
            onSearch={setStateSearch}
            searchLabel={t('newActivity.statesSearch')}
            matches={stateMatches}
            chosen={chosenStates}
            onChange={(chosen) => update('beneficiaryStates', chosen.map((c) => c.value) as V['beneficiaryStates'])}
            invalid={Boolean(errorFor('beneficiaryStates'))}
            testId={`${testPrefix}-beneficiaryStates`}
          />
        ),
        { hint: `${t('newActivity.statesSearchHint')} ${t('newActivity.statesHint')}` },
      ),
    regions: () =>
      field(
        'beneficiaryAreas',
        (describedBy) => (
          <select
            {...common('beneficiaryAreas', describedBy)}
            multiple
            size={8}
            value={values.beneficiaryAreas}
            onChange={(e) =>
              update('beneficiaryAreas', Array.from(e.target.selectedOptions, (o) => o.value) as V['beneficiaryAreas'])
            }
          >
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.level > 1 ? `\u2003${r.label}` : r.label}
              </option>
            ))}
          </select>
        ),
        { hint: t('newActivity.regionsHint') },
      ),
    partners: () =>
      field(
        'partners',
        (describedBy) => (
          <textarea
            {...common('partners', describedBy)}
            value={values.partners}
            rows={4}
            onChange={(e) => update('partners', e.target.value as V['partners'])}
          />
        ),
        { hint: t('newActivity.partnersHint') },
      ),
  };
}
