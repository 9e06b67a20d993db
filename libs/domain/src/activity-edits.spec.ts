import { editedTitleTranslations, editedValue, mayEditActivity } from './programme.js';
import { mayChangeUnit } from './results.js';
import { ERROR_REASONS } from './errors.js';

describe('editing an activity', () => {
  it('refuses edits of a finished (completed or cancelled) activity, and only of one', () => {
    expect(mayEditActivity('COMPLETED')).toBe(false);
    expect(mayEditActivity('CANCELLED')).toBe(false);
    for (const open of ['PROPOSED', 'ENDORSED', 'FUNDED', 'UNDER_WAY'] as const)
      expect(mayEditActivity(open)).toBe(true);
    expect(ERROR_REASONS).toContain('ACTIVITY_CLOSED');
  });

  it('reads an absent value as unchanged, null as cleared, a value as replaced', () => {
    expect(editedValue(undefined, '2010-03-01')).toBe('2010-03-01');
    expect(editedValue(null, '2010-03-01')).toBeNull();
    expect(editedValue('2011-01-31', '2010-03-01')).toBe('2011-01-31');
    expect(editedValue(undefined, null)).toBeNull();
  });

  it('keeps the French and Spanish titles unless they are sent, and marks typed ones as unofficial', () => {
    const current = { titleFr: 'Atelier', titleEs: 'Taller', translationsOfficial: true };
    expect(editedTitleTranslations(current, {})).toEqual(current);
    expect(editedTitleTranslations(current, { titleFr: 'Atelier' })).toEqual(current);
    expect(editedTitleTranslations(current, { titleFr: ' Séminaire ' })).toEqual({
      titleFr: 'Séminaire',
      titleEs: 'Taller',
      translationsOfficial: false,
    });
    expect(editedTitleTranslations(current, { titleEs: null })).toEqual({
      titleFr: 'Atelier',
      titleEs: null,
      translationsOfficial: false,
    });
    expect(editedTitleTranslations(current, { titleEs: '  ' }).titleEs).toBeNull();
  });
});

describe('an indicator’s unit', () => {
  it('may change until actuals are recorded against it', () => {
    expect(mayChangeUnit(false)).toBe(true);
    expect(mayChangeUnit(true)).toBe(false);
    expect(ERROR_REASONS).toContain('UNIT_HAS_ACTUALS');
  });
});
