import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../money';

interface MoneyProps {
  value: string;
  /** Shown before the amount; none for a column whose header names the currency. */
  currency?: string;
  testId?: string;
}

/** An exact amount in the reader's language; the raw decimal string stays in `data-value` (tests, copying). */
export function Money({ value, currency, testId }: MoneyProps) {
  const { i18n } = useTranslation();
  const text = formatDecimal(value, i18n.resolvedLanguage ?? 'en');
  return (
    <span className="money" data-value={value} data-testid={testId}>
      {currency ? `${currency} ${text}` : text}
    </span>
  );
}
