import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface ApiProblem {
  code: string | null;
  /** The input field at fault, without its `input.` prefix (e.g. `stateIso3`). */
  field: string | null;
  /** The whole path of the field at fault, without the `input.` prefix (e.g. `followUps.0.stateIso3`). */
  path: string | null;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const fieldName = (raw: unknown): string | null =>
  typeof raw === 'string' && raw ? (raw.split('.').pop() ?? raw) : null;
const fieldPath = (raw: unknown): string | null =>
  typeof raw === 'string' && raw ? raw.replace(/^input\./, '') : null;
const at = (raw: unknown) => ({ field: fieldName(raw), path: fieldPath(raw) });

/** One error, or one problem per field when the API lists them (`extensions.problems: [{ field, message }]`). */
function fromGraphQLError(error: unknown): ApiProblem[] {
  if (!isRecord(error) || typeof error.message !== 'string') return [];
  const extensions = isRecord(error.extensions) ? error.extensions : {};
  const code = typeof extensions.code === 'string' ? extensions.code : null;
  const listed = Array.isArray(extensions.problems)
    ? extensions.problems.filter(isRecord).flatMap((problem) =>
        typeof problem.message === 'string' ? [{ code, ...at(problem.field), message: problem.message }] : [],
      )
    : [];
  return listed.length ? listed : [{ code, ...at(extensions.field), message: error.message }];
}

/**
 * What went wrong, in the contract's terms (`extensions.code`, `extensions.field`), whatever the transport did:
 * GraphQL errors in a 200, a 400 whose body lists errors (e.g. a rejected variable), or no answer at all.
 */
export function apiProblems(error: unknown): ApiProblem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.flatMap((e) => {
      const problems = fromGraphQLError(e);
      return problems.length ? problems : [{ code: null, field: null, path: null, message: e.message }];
    });
  }
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (isRecord(body) && Array.isArray(body.errors)) {
        const problems = body.errors.flatMap(fromGraphQLError);
        if (problems.length) return problems;
      }
    } catch {
      // not JSON: report the status below
    }
    return [{ code: null, field: null, path: null, message: `${error.statusCode} ${error.message}` }];
  }
  const message = isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
  return [{ code: null, field: null, path: null, message }];
}

/** The messages of problems no field claims, joined for a form-level notice. */
export function problemMessages(problems: readonly ApiProblem[]): string {
  return problems.map((p) => p.message).join(' ');
}
