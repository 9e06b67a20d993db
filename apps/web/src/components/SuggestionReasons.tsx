import type { SuggestionReasonKey } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../money';

/** A reason as the API gives it in `reasonCodes` (keys: SUGGESTION_REASON_KEYS of @ta/domain). */
export interface SuggestionReasonValue {
  key: string;
  matched?: number | null;
  total?: number | null;
  value?: string | null;
}

/** A suggestion's score and its reasons in the reader's language ("matches 3 of 4 topics; speaks French; …"). */
export function SuggestionReasons({
  score,
  reasons,
  stateName,
}: {
  score: number;
  reasons: readonly SuggestionReasonValue[];
  /** The name of a State by ISO3 code, in the reader's language (STATE_BENEFICIARY). */
  stateName?: (iso3: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const languageName = (code: string): string => {
    try {
      return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const say = (r: SuggestionReasonValue): string => {
    const v = r.value ?? '';
    const key = r.key as SuggestionReasonKey;
    switch (key) {
      case 'SAME_AREA':
        return t('suggestions.reasons.SAME_AREA', { area: v });
      case 'FITS_KIND':
        return t('suggestions.reasons.FITS_KIND', { type: t(`activityTypes.${v as 'WORKSHOP'}`, { defaultValue: v }) });
      case 'TOPICS':
        return t('suggestions.reasons.TOPICS', { matched: r.matched ?? 0, total: r.total ?? 0, count: r.total ?? 0 });
      case 'INSTRUMENTS':
        return t('suggestions.reasons.INSTRUMENTS', {
          matched: r.matched ?? 0,
          total: r.total ?? 0,
          count: r.total ?? 0,
        });
      case 'STATE_BENEFICIARY':
        return t('suggestions.reasons.STATE_BENEFICIARY', { state: stateName?.(v) ?? v });
      case 'REGION_BENEFICIARY':
        return t('suggestions.reasons.REGION_BENEFICIARY', {
          region: t(`regions.${v as 'Africa'}`, { defaultValue: v }),
        });
      case 'OPEN_YEARS':
        return v ? t('suggestions.reasons.OPEN_YEARS', { years: v }) : t('suggestions.reasons.OPEN');
      case 'FUNDING_GAP':
        return t('suggestions.reasons.FUNDING_GAP', { amount: formatMoney(v, lang, 'USD') });
      case 'LANGUAGE':
        return t('suggestions.reasons.LANGUAGE', { language: languageName(v) });
      case 'LEGAL_SYSTEM':
        return t('suggestions.reasons.LEGAL_SYSTEM', {
          system: t(`legalSystems.${v as 'CIVIL_LAW'}`, { defaultValue: v }),
        });
      case 'REGION_UNDER_REPRESENTED':
        return t('suggestions.reasons.REGION_UNDER_REPRESENTED', {
          region: t(`regions.${v as 'Africa'}`, { defaultValue: v }),
        });
      case 'FREE_ON_DATES':
        return t('suggestions.reasons.FREE_ON_DATES');
      case 'AVAILABLE':
        return t('suggestions.reasons.AVAILABLE');
      default:
        return r.key;
    }
  };
  return (
    <p className="suggestion-reasons" data-testid="suggestion-reasons">
      <span className="chip" data-testid="suggestion-score" data-score={score}>
        {t('suggestions.score', { score })}
      </span>{' '}
      <span data-testid="suggestion-reason-list">{reasons.map(say).join(t('suggestions.separator'))}</span>
    </p>
  );
}
