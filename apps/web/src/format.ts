const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A `Date` scalar ("2008-06-10") as the reader's language writes it; calendar dates have no time zone. */
export function formatDate(isoDate: string, lang: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A `DateTime` scalar (an instant) as the reader's language writes it, in the reader's time zone. */
export function formatDateTime(iso: string, lang: string): string {
  let format = dateTimeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(lang, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An event's dates as exactly as they are known: a DAY range ("10 Jun 2008 – 12 Jun 2008"), a MONTH ("April 2008")
 * a QUARTER, which `quarter` words in the reader's language ("Q4 2008"), or a YEAR ("2004"). A month, quarter or
 * year starts on its first day.
 */
export function formatPeriod(
  startsOn: string,
  endsOn: string,
  precision: 'DAY' | 'MONTH' | 'QUARTER' | 'YEAR',
  lang: string,
  quarter: (quarter: number, year: number) => string,
): string {
  if (precision === 'YEAR') return startsOn.slice(0, 4);
  if (precision === 'QUARTER')
    return quarter(Math.floor((Number(startsOn.slice(5, 7)) - 1) / 3) + 1, Number(startsOn.slice(0, 4)));
  if (precision === 'MONTH') {
    let format = monthFormats.get(lang);
    if (!format) {
      format = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      monthFormats.set(lang, format);
    }
    return format.format(new Date(`${startsOn}T00:00:00Z`));
  }
  return startsOn === endsOn
    ? formatDate(startsOn, lang)
    : `${formatDate(startsOn, lang)} – ${formatDate(endsOn, lang)}`;
}
