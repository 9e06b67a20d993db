import { namesByLine, parseLanguages, hasProblems, splitServerProblems } from './forms';

describe('splitServerProblems', () => {
  it('puts field errors on the fields the form has, and the rest above it', () => {
    const { fields, other } = splitServerProblems(
      [
        {
          code: 'BAD_USER_INPUT',
          field: 'stateIso3',
          path: 'followUps.0.stateIso3',
          message: 'MLI did not take part.',
        },
        { code: 'BAD_USER_INPUT', field: 'workshopId', path: 'workshopId', message: 'Cancelled.' },
        { code: 'FORBIDDEN', field: 'workshopId', path: 'workshopId', message: 'Another office.' },
      ],
      (path) => path.startsWith('followUps.'),
    );
    expect(fields).toEqual({ 'followUps.0.stateIso3': 'MLI did not take part.' });
    expect(other).toEqual(['Cancelled.', 'Another office.']);
  });

  it('tells whether any problem is left', () => {
    expect(hasProblems({})).toBe(false);
    expect(hasProblems({ amount: undefined })).toBe(false);
    expect(hasProblems({ amount: { key: 'validation.amountRequired' } })).toBe(true);
  });
});

describe('lists typed as text', () => {
  it('reads one name a line, without blanks or repeats', () => {
    expect(namesByLine('a\n b \n\na')).toEqual(['a', 'b']);
  });

  it('reads language codes split by spaces, commas or semicolons, lower-cased, each once', () => {
    expect(parseLanguages('fr, EN ;es en')).toEqual(['fr', 'en', 'es']);
  });
});
