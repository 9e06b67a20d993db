import { CombinedError } from '@urql/core';
import { ERROR_CODES, ERROR_REASONS, VALIDATION_CONSTRAINTS } from '@ta/domain';
import { createInstance, type i18n as I18n } from 'i18next';
import en from '../i18n/en.json' with { type: 'json' };
import es from '../i18n/es.json' with { type: 'json' };
import fr from '../i18n/fr.json' with { type: 'json' };
import { apiProblems } from './errors';

const LOCALES = { en, fr, es } as const;

async function i18nIn(lng: keyof typeof LOCALES): Promise<I18n> {
  const i18n = createInstance();
  await i18n.init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } },
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('the translations of API errors', () => {
  it.each(Object.keys(LOCALES) as Array<keyof typeof LOCALES>)(
    'in %s cover every reason, code and validation constraint the API sends',
    (lang) => {
      const errors = LOCALES[lang].errors as unknown as Record<string, Record<string, string>>;
      const missing = [
        ...ERROR_REASONS.filter((r) => !errors.reasons[r]).map((r) => `errors.reasons.${r}`),
        ...ERROR_CODES.filter((c) => !errors.codes[c]).map((c) => `errors.codes.${c}`),
        ...VALIDATION_CONSTRAINTS.filter((c) => !errors.constraints[c]).map((c) => `errors.constraints.${c}`),
      ];
      expect(missing).toEqual([]);
    },
  );

  it('use only the values the API sends with them', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const section of ['reasons', 'codes', 'constraints'] as const) {
      for (const [key, english] of Object.entries(en.errors[section])) {
        for (const other of [fr, es]) {
          expect([key, placeholders((other.errors[section] as Record<string, string>)[key])]).toEqual([
            key,
            placeholders(english),
          ]);
        }
      }
    }
  });
});

describe('apiProblems in the user’s language', () => {
  const refusal = (extensions: Record<string, unknown>, message = 'Server English.') =>
    new CombinedError({ graphQLErrors: [{ message, extensions }] });

  it('says a reason in French with its values, and never the server’s English', async () => {
    const fr = await i18nIn('fr');
    const [problem] = apiProblems(refusal({ code: 'FORBIDDEN', reason: 'RATE_LIMITED', retryAfterSeconds: 42 }), fr);
    expect(problem).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    expect(problem.message).toBe('Trop de modifications en une minute. Attendez 42 s et réessayez.');
  });

  it('falls back to the code when a reason has no translation', async () => {
    const es = await i18nIn('es');
    const [problem] = apiProblems(refusal({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }), es);
    expect(problem.message).toBe(es.t('errors.codes.CONFLICT'));
    expect(problem.message).not.toContain('Server English');
    const [unknown] = apiProblems(refusal({ code: 'TEAPOT' }), es);
    expect(unknown.message).toBe(es.t('errors.codes.UNKNOWN'));
  });

  it('says each validation problem by its constraint, with the field’s label and the numbers', async () => {
    const fr = await i18nIn('fr');
    const error = refusal(
      {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        field: 'description',
        problems: [
          {
            field: 'description',
            constraint: 'maxLength',
            message: 'description must be at most 5000 characters.',
            values: { max: 5000 },
          },
          {
            field: 'followUps.0.receivedOn',
            constraint: 'notInFuture',
            message: 'receivedOn cannot be in the future.',
            values: {},
          },
          { field: 'oddField', constraint: 'brandNewRule', message: 'oddField is odd.', values: {} },
        ],
      },
      'description must be at most 5000 characters. receivedOn cannot be in the future.',
    );
    expect(apiProblems(error, fr)).toEqual([
      {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        constraint: 'maxLength',
        field: 'description',
        path: 'description',
        message: 'Description : Au plus 5000 caractères.',
      },
      {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        constraint: 'notInFuture',
        field: 'receivedOn',
        path: 'followUps.0.receivedOn',
        message: 'Reçue le : La date ne peut pas être dans le futur.',
      },
      {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        constraint: 'brandNewRule',
        field: 'oddField',
        path: 'oddField',
        message: fr.t('errors.reasons.INVALID_INPUT'),
      },
    ]);
  });

  it('keeps the server’s words in English, and says a lost connection in the user’s language', async () => {
    const english = await i18nIn('en');
    expect(apiProblems(refusal({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' }), english)[0].message).toBe(
      'Server English.',
    );
    const es = await i18nIn('es');
    expect(apiProblems(new TypeError('Failed to fetch'), es)[0].message).toBe(es.t('errors.network'));
  });
});

describe('apiProblems', () => {
  it('spreads the problems the API lists over their fields, without the input. prefix', () => {
    const error = new CombinedError({
      graphQLErrors: [
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
      {
        code: 'BAD_USER_INPUT',
        field: 'receivedOn',
        path: 'receivedOn',
        message: 'receivedOn cannot be in the future.',
      },
      {
        code: 'BAD_USER_INPUT',
        field: 'description',
        path: 'description',
        message: 'description must say what the State asked for.',
      },
    ]);
  });

  it('keeps a single error with its field, and anything else as a message', () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: 'There is no State XXX.', extensions: { code: 'BAD_USER_INPUT', field: 'input.stateIso3' } },
      ],
    });
    expect(apiProblems(error)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'stateIso3', path: 'stateIso3', message: 'There is no State XXX.' },
    ]);
    expect(apiProblems(new TypeError('Failed to fetch'))).toEqual([
      { code: null, field: null, path: null, message: 'Failed to fetch' },
    ]);
    // The line failed under the GraphQL client: the browser's words, not urql's "[Network]" prefix.
    expect(apiProblems(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toEqual([
      { code: null, field: null, path: null, message: 'Failed to fetch' },
    ]);
  });

  it('keeps the whole path of a field in a list (a follow-up need, a participant)', () => {
    const error = new CombinedError({
      graphQLErrors: [
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
