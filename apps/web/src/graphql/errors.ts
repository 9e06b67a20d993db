import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface ApiProblem {
  code: string | null;
  /** The input field at fault, without its `input.` prefix (e.g. `stateIso3`). */
  field: string | null;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const fieldName = (raw: unknown): string | null =>
  typeof raw === 'string' && raw ? (raw.split('.').pop() ?? raw) : null;

/** One error, or one problem per field when the API lists them (`extensions.problems: [{ field, message }]`). */
function fromGraphQLError(error: unknown): ApiProblem[] {
  if (!isRecord(error) || typeof error.message !== 'string') return [];
  const extensions = isRecord(error.extensions) ? error.extensions : {};
  const code = typeof extensions.code === 'string' ? extensions.code : null;
  const listed = Array.isArray(extensions.problems)
    ? extensions.problems.filter(isRecord).flatMap((problem) =>
        typeof problem.message === 'string' ? [{ code, field: fieldName(problem.field), message: problem.message }] : [],
      )
    : [];
  return listed.length ? listed : [{ code, field: fieldName(extensions.field), message: error.message }];
}

/**
 * What went wrong, in the contract's terms (`extensions.code`, `extensions.field`), whatever the transport did:
 * GraphQL errors in a 200, a 400 whose body lists errors (e.g. a rejected variable), or no answer at all.
 */
export function apiProblems(error: unknown): ApiProblem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.flatMap((e) => {
      const problems = fromGraphQLError(e);
      return problems.length ? problems : [{ code: null, field: null, message: e.message }];
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
    return [{ code: null, field: null, message: `${error.statusCode} ${error.message}` }];
  }
  const message = isRecord(error) && typeof error.message === 'string' ? error.message : String(error);
  return [{ code: null, field: null, message }];
}
