import { withIdempotencyKey } from './outbox';

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
