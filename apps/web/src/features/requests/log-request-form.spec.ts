import { emptyLogRequest, toLogRequestInput, validateLogRequest, type LogRequestValues } from './log-request-form';

const TODAY = '2026-11-29';
const NOW = new Date(`${TODAY}T12:00:00Z`);
const valid: LogRequestValues = {
  stateIso3: 'KEN',
  priorityAreaCode: 'B',
  kind: 'TRAINING',
  topics: ['cybercrime'],
  channel: 'field-office',
  receivedOn: TODAY,
  description: 'Training of investigators on cybercrime',
};

describe('validateLogRequest', () => {
  it('accepts a complete request', () => {
    expect(validateLogRequest(valid, NOW)).toEqual({});
  });

  it('names every missing field of an empty form, with today as the default date', () => {
    const empty = emptyLogRequest(TODAY);
    expect(empty.receivedOn).toBe(TODAY);
    expect(Object.keys(validateLogRequest(empty, NOW)).sort()).toEqual(
      ['channel', 'description', 'kind', 'priorityAreaCode', 'stateIso3', 'topics'].sort(),
    );
  });

  it('needs a topic unless the request is about reporting obligations', () => {
    expect(validateLogRequest({ ...valid, topics: [] }, NOW).topics?.key).toBe('validation.topicsRequired');
    expect(validateLogRequest({ ...valid, kind: 'REPORTING_OBLIGATIONS', topics: [] }, NOW)).toEqual({});
  });

  it("refuses a date in the future (beyond the kernel's day of grace), an impossible date and a missing one", () => {
    expect(validateLogRequest({ ...valid, receivedOn: '2026-12-01' }, NOW).receivedOn?.key).toBe(
      'validation.receivedOnFuture',
    );
    expect(validateLogRequest({ ...valid, receivedOn: '2026-02-30' }, NOW).receivedOn?.key).toBe(
      'validation.receivedOnInvalid',
    );
    expect(validateLogRequest({ ...valid, receivedOn: '' }, NOW).receivedOn?.key).toBe('validation.receivedOnRequired');
  });

  it('wants a description of at least 3 characters, as the API does', () => {
    expect(validateLogRequest({ ...valid, description: '   ' }, NOW).description?.key).toBe(
      'validation.descriptionRequired',
    );
    expect(validateLogRequest({ ...valid, description: 'ab' }, NOW).description?.key).toBe(
      'validation.descriptionTooShort',
    );
  });
});

describe('toLogRequestInput', () => {
  it('sends the trimmed description and the API input names', () => {
    expect(toLogRequestInput({ ...valid, description: '  Needs training  ' })).toEqual({
      stateIso3: 'KEN',
      priorityAreaCode: 'B',
      kind: 'TRAINING',
      topics: ['cybercrime'],
      channel: 'field-office',
      receivedOn: TODAY,
      description: 'Needs training',
    });
  });
});
