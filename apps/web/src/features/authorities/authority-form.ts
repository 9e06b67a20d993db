import {
  AUTHORITY_LIMITS,
  EMAIL_PATTERN,
  isCalendarDate,
  isNotInFuture,
  LANGUAGE_CODE_PATTERN,
  type AuthorityChannel,
  type AuthorityKind,
} from '@ta/domain';
import type { AuthorityInput } from '@ta/graphql-types/graphql';
import { parseLanguages, type Problem } from '../../forms';

/** An entry of the directory as the form holds it; the names are the API input's, so its errors land on them. */
export interface AuthorityValues {
  name: string;
  address: string;
  phone: string;
  email: string;
  /** ISO 639-1 codes as typed: "fr, en". */
  languages: string;
  channels: AuthorityChannel[];
  legalRequirements: string;
  timeLimits: string;
  lastConfirmedOn: string;
  /** Sent with a proposal only: why the change (the secretariat reads it). */
  note: string;
}

/** What the form shows of an entry, and what it keeps as it is. */
export interface AuthorityEntry {
  stateIso3: string;
  instrumentCode: string;
  kind: AuthorityKind;
  name: string;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  languages: readonly string[];
  channels: readonly AuthorityChannel[];
  legalRequirements?: string | null;
  timeLimits?: string | null;
  lastConfirmedOn?: string | null;
}

export function authorityToValues(entry: AuthorityEntry): AuthorityValues {
  return {
    name: entry.name,
    address: entry.address ?? '',
    phone: entry.phone ?? '',
    email: entry.email ?? '',
    languages: entry.languages.join(', '),
    channels: [...entry.channels],
    legalRequirements: entry.legalRequirements ?? '',
    timeLimits: entry.timeLimits ?? '',
    lastConfirmedOn: entry.lastConfirmedOn ?? '',
    note: '',
  };
}

export type AuthorityProblems = Partial<Record<keyof AuthorityValues, Problem>>;

const tooLong = (value: string, max: number): Problem | undefined =>
  value.trim().length > max ? { key: 'validation.textTooLong', values: { max } } : undefined;

/** The API's rules for an entry (AUTHORITY_LIMITS of the kernel), checked as the person types. */
export function validateAuthority(values: AuthorityValues, now: Date = new Date()): AuthorityProblems {
  const problems: AuthorityProblems = {};
  const name = values.name.trim();
  if (!name) problems.name = { key: 'validation.nameRequired' };
  else if (name.length < AUTHORITY_LIMITS.nameMin)
    problems.name = { key: 'validation.descriptionTooShort', values: { min: AUTHORITY_LIMITS.nameMin } };
  else problems.name = tooLong(name, AUTHORITY_LIMITS.name);
  problems.address = tooLong(values.address, AUTHORITY_LIMITS.address);
  problems.phone = tooLong(values.phone, AUTHORITY_LIMITS.phone);
  const email = values.email.trim();
  if (email && !EMAIL_PATTERN.test(email)) problems.email = { key: 'validation.emailInvalid' };
  else problems.email = tooLong(email, AUTHORITY_LIMITS.email);
  const languages = parseLanguages(values.languages);
  if (languages.some((l) => !LANGUAGE_CODE_PATTERN.test(l))) problems.languages = { key: 'validation.languagesFormat' };
  else if (languages.length > AUTHORITY_LIMITS.languages)
    problems.languages = { key: 'validation.tooMany', values: { max: AUTHORITY_LIMITS.languages } };
  problems.legalRequirements = tooLong(values.legalRequirements, AUTHORITY_LIMITS.legalRequirements);
  problems.timeLimits = tooLong(values.timeLimits, AUTHORITY_LIMITS.timeLimits);
  const confirmed = values.lastConfirmedOn;
  if (confirmed && !isCalendarDate(confirmed)) problems.lastConfirmedOn = { key: 'validation.dateInvalid' };
  else if (confirmed && !isNotInFuture(confirmed, now)) problems.lastConfirmedOn = { key: 'validation.dateFuture' };
  return problems;
}

const orNull = (text: string): string | null => text.trim() || null;

/** The API's input: the entry's State, instrument and kind as they are, the rest from the form. */
export function toAuthorityInput(entry: AuthorityEntry, values: AuthorityValues): AuthorityInput {
  return {
    stateIso3: entry.stateIso3,
    instrumentCode: entry.instrumentCode,
    kind: entry.kind,
    name: values.name.trim(),
    address: orNull(values.address),
    phone: orNull(values.phone),
    email: orNull(values.email),
    languages: parseLanguages(values.languages),
    channels: values.channels,
    legalRequirements: orNull(values.legalRequirements),
    timeLimits: orNull(values.timeLimits),
    lastConfirmedOn: orNull(values.lastConfirmedOn),
  };
}
