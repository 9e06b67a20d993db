import { useTranslation } from 'react-i18next';
import { formatMoney } from '../money';

interface MoneyProps {
  value: string;
  /** Written as the language writes it ("$", "$US", "US$", "NOK"); none for a column whose header names it. */
  currency?: string;
  testId?: string;
}

/** An exact amount in the reader's language (no decimals on a whole figure); the raw decimal string stays in `data-value` (tests, copying). */
export function Money({ value, currency, testId }: MoneyProps) {
  const { i18n } = useTranslation();
  const text = formatMoney(value, i18n.resolvedLanguage ?? 'en', currency);
  return (
    <span className="money" data-value={value} data-testid={testId}>
      {text}
    </span>
  );
}
