import { useQuery } from '../../graphql/hooks';
import { DEFAULT_PLAN_YEARS } from '@ta/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { apiLanguage } from '../../i18n';
import { referenceDataQuery } from './reference.graphql';

/** States (sorted by their name in the chosen language) and priority areas, for the filters and the form. */
export function useReferenceData() {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { data, previousData, error } = useQuery(referenceDataQuery, { variables: { lang: apiLanguage(lang) } });
  const source = data ?? previousData;

  const states = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return [...(source?.states ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  }, [source, lang]);
  const priorityAreas = useMemo(
    () => [...(source?.priorityAreas ?? [])].sort((a, b) => a.code.localeCompare(b.code)),
    [source],
  );

  // The API's (the PLAN_YEARS setting); the rule kernel's default until its answer is there.
  const planYears: readonly number[] = source?.planYears ?? DEFAULT_PLAN_YEARS;

  return { states, priorityAreas, planYears, error };
}

/** The years of the programme plan, as the API has them (cost lines, allocations, the programme grid). */
export function usePlanYears(): readonly number[] {
  return useReferenceData().planYears;
}

export type ReferenceData = ReturnType<typeof useReferenceData>;
