import { CombinedError } from '@urql/core';
import i18next, { type i18n as I18n } from 'i18next';

export interface ApiProblem {
  code: string | null;
  /** The input field at fault, without its `input.` prefix (e.g. `stateIso3`). */
  field: string | null;
  /** The whole path of the field at fault, without the `input.` prefix (e.g. `followUps.0.stateIso3`). */
  path: string | null;
  /** What went wrong, in the user's language (in English, the server's own words). */
  message: string;
  /** The API's stable reason (`extensions.reason`), when it gave one. */
  reason?: string;
  /** The validation rule that failed (`extensions.problems[].constraint`), when it was one. */
  constraint?: string;
}

/** A problem as the API sent it, before it is said in the user's language. */
interface RawProblem {
  code: string | null;
  field: unknown;
  message: string;
  reason?: string;
  constraint?: string;
  /** The values the translation may use: the error's extensions, then the problem's own values. */
  values: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const fieldName = (raw: unknown): string | null =>
  typeof raw === 'string' && raw ? (raw.split('.').pop() ?? raw) : null;
const fieldPath = (raw: unknown): string | null =>
  typeof raw === 'string' && raw ? raw.replace(/^input\./, '') : null;
const text = (raw: unknown): string | undefined => (typeof raw === 'string' && raw ? raw : undefined);

/** Only what can be said: strings and numbers (a list is joined). */
function sayable(values: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.join(', ');
  }
  return out;
}

/** English readers (and code running before i18n starts, e.g. tests) get the server's own words. */
function readsEnglish(i18n: I18n): boolean {
  const language = i18n.isInitialized ? (i18n.resolvedLanguage ?? i18n.language) : undefined;
  return !language || language.startsWith('en');
}

/**
 * The problem in the user's language: the rule that failed (`errors.constraints.<constraint>`), else the
 * reason (`errors.reasons.<REASON>`), else the code (`errors.codes.<CODE>`), with the field's label in front
 * when it has one. English readers get the server's own words, which say the most; nobody else ever does.
 */
export function sayProblem(
  problem: Omit<RawProblem, 'message'> & { message: string | null },
  i18n: I18n = i18next,
): string {
  if (problem.message && readsEnglish(i18n)) return problem.message;
  const values = sayable(problem.values);
  const exists = (key: string) => i18n.exists(key);
  const t = (key: string) => String(i18n.t(key as never, values as never));
  let message: string;
  if (problem.constraint && exists(`errors.constraints.${problem.constraint}`)) {
    message = t(`errors.constraints.${problem.constraint}`);
  } else if (problem.reason && exists(`errors.reasons.${problem.reason}`)) {
    message = t(`errors.reasons.${problem.reason}`);
  } else if (problem.code && exists(`errors.codes.${problem.code}`)) {
    message = t(`errors.codes.${problem.code}`);
  } else {
    return t('errors.codes.UNKNOWN');
  }
  const field = fieldName(problem.field);
  if (field && exists(`errors.fields.${field}`) && problem.code === 'BAD_USER_INPUT') {
    return String(i18n.t('errors.withField' as never, { field: t(`errors.fields.${field}`), message } as never));
  }
  return message;
}

function toApiProblem(raw: RawProblem, i18n: I18n): ApiProblem {
  return {
    code: raw.code,
    field: fieldName(raw.field),
    path: fieldPath(raw.field),
    message: sayProblem(raw, i18n),
    ...(raw.reason ? { reason: raw.reason } : {}),
    ...(raw.constraint ? { constraint: raw.constraint } : {}),
  };
}

/**
 * One error, or one problem per field when the API lists them
 * (`extensions.problems: [{ field, constraint, message, values }]`).
 */
function fromGraphQLError(error: unknown, i18n: I18n): ApiProblem[] {
  if (!isRecord(error) || typeof error.message !== 'string') return [];
  const extensions = isRecord(error.extensions) ? error.extensions : {};
  const code = typeof extensions.code === 'string' ? extensions.code : null;
  const reason = text(extensions.reason);
  const { problems: _problems, ...shared } = extensions;
  const listed = Array.isArray(extensions.problems)
    ? extensions.problems.filter(isRecord).flatMap((problem) =>
        typeof problem.message === 'string'
          ? [
              toApiProblem(
                {
                  code,
                  reason,
                  field: problem.field,
                  message: problem.message,
                  constraint: text(problem.constraint),
                  values: { ...shared, ...(isRecord(problem.values) ? problem.values : {}) },
                },
                i18n,
              ),
            ]
          : [],
      )
    : [];
  return listed.length
    ? listed
    : [toApiProblem({ code, reason, field: extensions.field, message: error.message, values: shared }, i18n)];
}

/**
 * What went wrong, in the contract's terms (`extensions.code`, `extensions.field`), whatever the transport did:
 * GraphQL errors in a 200, a 400 whose body lists errors (e.g. a rejected variable), or no answer at all.
 */
export function apiProblems(error: unknown, i18n: I18n = i18next): ApiProblem[] {
  const plain = (message: string): ApiProblem => ({
    code: null,
    field: null,
    path: null,
    message: sayProblem({ code: null, field: null, message, values: {} }, i18n),
  });
  if (error instanceof CombinedError && error.graphQLErrors.length) {
    // GraphQL errors, in a 200 or in a 4xx whose body lists them (e.g. a rejected variable).
    return error.graphQLErrors.flatMap((e) => {
      const problems = fromGraphQLError(e, i18n);
      return problems.length ? problems : [plain(e.message)];
    });
  }
  const status = error instanceof CombinedError ? (error.response as Response | undefined)?.status : undefined;
  if (error instanceof CombinedError && status && status >= 400) {
    const said = error.networkError?.message || (error.response as Response).statusText;
    return [withKey(plain(`${status} ${said}`), 'errors.server', { status }, i18n)];
  }
  if (error instanceof CombinedError && error.networkError) {
    return [withKey(plain(error.networkError.message), 'errors.network', {}, i18n)];
  }
  const message = isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
  return [withKey(plain(message), 'errors.network', {}, i18n)];
}

/** Outside English, a transport failure says what happened in the user's words, not the browser's. */
function withKey(problem: ApiProblem, key: string, values: Record<string, unknown>, i18n: I18n): ApiProblem {
  if (readsEnglish(i18n)) return problem;
  return { ...problem, message: String(i18n.t(key as never, sayable(values) as never)) };
}

/** The messages of problems no field claims, joined for a form-level notice. */
export function problemMessages(problems: readonly ApiProblem[]): string {
  return problems.map((p) => p.message).join(' ');
}
