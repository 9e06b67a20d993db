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

function fromGraphQLError(error: unknown): ApiProblem | null {
  if (!isRecord(error) || typeof error.message !== 'string') return null;
  const extensions = isRecord(error.extensions) ? error.extensions : {};
  const code = typeof extensions.code === 'string' ? extensions.code : null;
  const rawField = typeof extensions.field === 'string' ? extensions.field : null;
  return { code, field: rawField ? (rawField.split('.').pop() ?? rawField) : null, message: error.message };
}

/**
 * What went wrong, in the contract's terms (`extensions.code`, `extensions.field`), whatever the transport did:
 * GraphQL errors in a 200, a 400 whose body lists errors (e.g. a rejected variable), or no answer at all.
 */
export function apiProblems(error: unknown): ApiProblem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => fromGraphQLError(e) ?? { code: null, field: null, message: e.message });
  }
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (isRecord(body) && Array.isArray(body.errors)) {
        const problems = body.errors.map(fromGraphQLError).filter((p): p is ApiProblem => p !== null);
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
