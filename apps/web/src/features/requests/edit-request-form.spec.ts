import { changesSomething, requestToValues, toUpdateRequestInput } from './edit-request-form';
import { validateLogRequest } from './log-request-form';

const request = {
  kind: 'TRAINING' as const,
  topics: ['cybercrime', 'corruption'],
  channel: 'field-office',
  receivedOn: '2026-11-02',
  description: 'Training of investigators on cybercrime',
  state: { iso3: 'KEN' },
  priorityArea: { code: 'B' },
};
const NOW = new Date('2026-11-29T12:00:00Z');

describe('editing a request', () => {
  it('starts from the request as loaded, which the log form’s rules accept', () => {
    const values = requestToValues(request);
    expect(values).toEqual({
      stateIso3: 'KEN',
      priorityAreaCode: 'B',
      kind: 'TRAINING',
      topics: ['cybercrime', 'corruption'],
      channel: 'field-office',
      receivedOn: '2026-11-02',
      description: 'Training of investigators on cybercrime',
    });
    expect(validateLogRequest(values, NOW)).toEqual({});
  });

  it('sends only what changed (topics as a set, the description trimmed)', () => {
    const before = requestToValues(request);
    expect(changesSomething(toUpdateRequestInput(before, { ...before, topics: ['corruption', 'cybercrime'] }))).toBe(
      false,
    );
    expect(
      toUpdateRequestInput(before, {
        ...before,
        description: '  Training of prosecutors on cybercrime ',
        kind: 'OTHER',
      }),
    ).toEqual({ description: 'Training of prosecutors on cybercrime', kind: 'OTHER' });
    expect(toUpdateRequestInput(before, { ...before, topics: ['cybercrime'] })).toEqual({ topics: ['cybercrime'] });
  });

  it('applies the log form’s rules: a description too short is refused before sending', () => {
    const values = { ...requestToValues(request), description: 'ab' };
    expect(validateLogRequest(values, NOW).description?.key).toBe('validation.descriptionTooShort');
  });
});
