import { CombinedError } from '@urql/core';
import { isLineProblem, refusedGoesBack, sendFailure, withIdempotencyKey } from './outbox';

describe('a queued create is sent with its key', () => {
  it('puts the key in the input of a create that takes one, whatever the form left there', () => {
    expect(
      withIdempotencyKey({
        idempotencyKey: 'key-12345678',
        variables: { workshopId: 'w-1', input: { checklistsCompleted: 3 } },
      }),
    ).toEqual({ workshopId: 'w-1', input: { checklistsCompleted: 3, idempotencyKey: 'key-12345678' } });
    expect(
      withIdempotencyKey({ idempotencyKey: 'key-12345678', variables: { input: { idempotencyKey: 'stale-key-1' } } }),
    ).toEqual({ input: { idempotencyKey: 'key-12345678' } });
  });

  it('sends it as its own argument to a create without an input (a report, an import)', () => {
    expect(withIdempotencyKey({ idempotencyKey: 'key-12345678', variables: { kind: 'FUNDING_GAPS' } })).toEqual({
      kind: 'FUNDING_GAPS',
      idempotencyKey: 'key-12345678',
    });
  });
});

describe('a submission that failed', () => {
  const answered = (status: number, codes: string[]) =>
    new CombinedError({
      graphQLErrors: codes.map((code) => ({ message: code, extensions: { code } })),
      response: { status } as Response,
    });

  it('is kept to be sent again when the line or the server’s database failed', () => {
    expect(isLineProblem(new TypeError('Failed to fetch'))).toBe(true);
    expect(isLineProblem(answered(503, ['SERVICE_UNAVAILABLE']))).toBe(true);
    expect(isLineProblem(answered(200, ['UNAUTHENTICATED']))).toBe(true);
    // A 503 is the server's own word, even when a refusal of another field came first in its errors.
    expect(isLineProblem(answered(503, ['FORBIDDEN', 'SERVICE_UNAVAILABLE']))).toBe(true);
    expect(isLineProblem(new CombinedError({ networkError: new Error('boom'), response: { status: 502 } }))).toBe(true);
  });

  it('is a refusal, not sent again, when the API answered with its reasons', () => {
    expect(isLineProblem(answered(200, ['BAD_USER_INPUT']))).toBe(false);
    expect(isLineProblem(answered(200, ['FORBIDDEN', 'SERVICE_UNAVAILABLE']))).toBe(false);
    expect(isLineProblem(answered(400, ['BAD_USER_INPUT']))).toBe(false);
  });

  it('says an expired session apart from a line problem (signing in again, not a retry as if offline)', () => {
    expect(sendFailure(answered(200, ['UNAUTHENTICATED']))).toBe('session');
    expect(sendFailure(answered(200, ['UNAUTHENTICATED', 'UNAUTHENTICATED']))).toBe('session');
    expect(sendFailure(new TypeError('Failed to fetch'))).toBe('line');
    expect(sendFailure(answered(503, ['UNAUTHENTICATED']))).toBe('line');
    expect(sendFailure(answered(200, ['UNAUTHENTICATED', 'SERVICE_UNAVAILABLE']))).toBe('line');
    expect(sendFailure(answered(200, ['CONFLICT']))).toBeNull();
    expect(sendFailure(answered(200, ['UNAUTHENTICATED', 'FORBIDDEN']))).toBeNull();
  });
});

describe('a queued submission the API refused', () => {
  const key = 'queued-key-1';

  it('goes back into the form’s draft when the form holds nothing else: no draft, or its own', () => {
    expect(refusedGoesBack(undefined, key)).toBe(true);
    expect(refusedGoesBack({ idempotencyKey: key }, key)).toBe(true);
  });

  it('never overwrites a draft typed since ("Start another"): that one stays, the refused one is set apart', () => {
    expect(refusedGoesBack({ idempotencyKey: 'typed-since-2' }, key)).toBe(false);
  });
});
