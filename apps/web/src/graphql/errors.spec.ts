import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiProblems } from './errors';

describe('apiProblems', () => {
  it('spreads the problems the API lists over their fields, without the input. prefix', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'receivedOn cannot be in the future. description must say what the State asked for.',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'receivedOn',
            problems: [
              { field: 'input.receivedOn', message: 'receivedOn cannot be in the future.' },
              { field: 'description', message: 'description must say what the State asked for.' },
            ],
          },
        },
      ],
    });
    expect(apiProblems(error)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'receivedOn', path: 'receivedOn', message: 'receivedOn cannot be in the future.' },
      {
        code: 'BAD_USER_INPUT',
        field: 'description',
        path: 'description',
        message: 'description must say what the State asked for.',
      },
    ]);
  });

  it('keeps a single error with its field, and anything else as a message', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'There is no State XXX.', extensions: { code: 'BAD_USER_INPUT', field: 'input.stateIso3' } }],
    });
    expect(apiProblems(error)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'stateIso3', path: 'stateIso3', message: 'There is no State XXX.' },
    ]);
    expect(apiProblems(new TypeError('Failed to fetch'))).toEqual([
      { code: null, field: null, path: null, message: 'Failed to fetch' },
    ]);
  });

  it('keeps the whole path of a field in a list (a follow-up need, a participant)', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'followUps.0: MLI did not take part in this workshop.',
          extensions: { code: 'BAD_USER_INPUT', field: 'followUps.0.stateIso3' },
        },
      ],
    });
    expect(apiProblems(error)).toEqual([
      {
        code: 'BAD_USER_INPUT',
        field: 'stateIso3',
        path: 'followUps.0.stateIso3',
        message: 'followUps.0: MLI did not take part in this workshop.',
      },
    ]);
  });
});
