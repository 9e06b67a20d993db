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
