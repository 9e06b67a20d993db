import { deviceAnswers, keptKey, worthKeeping } from './device-answers';

const body = (operationName: string, variables?: Record<string, unknown>): string =>
  JSON.stringify({ operationName, query: `query ${operationName} { x }`, variables });

describe('what this device keeps for working offline', () => {
  it('keeps who is signed in, the form lists and the workshops, each by its variables; nothing else', () => {
    expect(keptKey(body('Me'))).toEqual({ name: 'Me', key: 'Me:{}' });
    expect(keptKey(body('ReferenceData', { lang: 'FR' }))).toEqual({
      name: 'ReferenceData',
      key: 'ReferenceData:{"lang":"FR"}',
    });
    expect(keptKey(body('Workshop', { id: 'w-1', lang: 'EN' }))?.key).toBe('Workshop:{"id":"w-1","lang":"EN"}');
    // Lists and figures always come from the server; mutations are the outbox's.
    expect(keptKey(body('AssistanceRequests', { first: 50 }))).toBeNull();
    expect(keptKey(body('FundingOverview'))).toBeNull();
    expect(keptKey(body('LogAssistanceRequest'))).toBeNull();
    expect(keptKey('not json')).toBeNull();
    expect(keptKey(undefined)).toBeNull();
  });

  it('keeps whole answers only, and `me` only when someone is signed in', () => {
    expect(worthKeeping('Me', { data: { me: { id: 'u-1' } } })).toBe(true);
    expect(worthKeeping('Me', { data: { me: null } })).toBe(false);
    expect(worthKeeping('ReferenceData', { data: { states: [] } })).toBe(true);
    expect(worthKeeping('ReferenceData', { data: null, errors: [{ message: 'Sign in to do this.' }] })).toBe(false);
    expect(worthKeeping('Workshop', { data: { workshop: null }, errors: [{ message: 'partial' }] })).toBe(false);
    expect(worthKeeping('Workshop', 'text')).toBe(false);
  });

  it('with nothing kept (no IndexedDB here), a failed line fails as before and answers pass through', async () => {
    const down = deviceAnswers(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(down('/graphql', { method: 'POST', body: body('Me') })).rejects.toThrow('Failed to fetch');
    const answer = new Response('{"data":{"me":null}}', { status: 200 });
    const up = deviceAnswers(() => Promise.resolve(answer));
    await expect(up('/graphql', { method: 'POST', body: body('Me') })).resolves.toBe(answer);
  });
});
