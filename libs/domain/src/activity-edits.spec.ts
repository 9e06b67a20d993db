import {
  activityMoveNeedsReason,
  activityMoves,
  activityReopensTo,
  editedTitleTranslations,
  editedValue,
  mayEditActivity,
} from './programme.js';
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
    const current = { title: 'Workshop', titleFr: 'Atelier', titleEs: 'Taller', translationsOfficial: true };
    const { title: _title, ...translations } = current;
    expect(editedTitleTranslations(current, {})).toEqual(translations);
    expect(editedTitleTranslations(current, { titleFr: 'Atelier', title: ' Workshop ' })).toEqual(translations);
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

  it('keeps the French and Spanish titles when the English one changes, no longer as the UN’s own text', () => {
    const current = { title: 'Workshop', titleFr: 'Atelier', titleEs: 'Taller', translationsOfficial: true };
    expect(editedTitleTranslations(current, { title: 'Regional workshop' })).toEqual({
      titleFr: 'Atelier',
      titleEs: 'Taller',
      translationsOfficial: false,
    });
    // An English title sent as it was (or left out) changes nothing.
    expect(editedTitleTranslations(current, { title: 'Workshop' }).translationsOfficial).toBe(true);
    expect(editedTitleTranslations(current, { title: null }).translationsOfficial).toBe(true);
  });
});

describe('reopening a finished activity', () => {
  it('takes a completed activity back under way, and a cancelled one to where it was cancelled from', () => {
    expect(activityReopensTo('COMPLETED')).toBe('UNDER_WAY');
    expect(activityMoves('COMPLETED')).toEqual(['UNDER_WAY']);
    const history = [
      { from: null, to: 'PROPOSED' },
      { from: 'PROPOSED', to: 'ENDORSED' },
      { from: 'ENDORSED', to: 'FUNDED' },
      { from: 'FUNDED', to: 'CANCELLED' },
    ] as const;
    expect(activityReopensTo('CANCELLED', history)).toBe('FUNDED');
    expect(activityMoves('CANCELLED', history)).toEqual(['FUNDED']);
    // Cancelled, reopened, then cancelled again from further on: the last cancellation counts.
    expect(
      activityReopensTo('CANCELLED', [
        ...history,
        { from: 'CANCELLED', to: 'FUNDED' },
        { from: 'UNDER_WAY', to: 'CANCELLED' },
      ]),
    ).toBe('UNDER_WAY');
    // A history that does not say (data loaded as cancelled): back to the start.
    expect(activityReopensTo('CANCELLED')).toBe('PROPOSED');
    for (const open of ['PROPOSED', 'ENDORSED', 'FUNDED', 'UNDER_WAY'] as const) {
      expect(activityReopensTo(open)).toBeNull();
      expect(activityMoves(open)).not.toContain('PROPOSED');
    }
  });

  it('asks a reason for reopening as for cancelling, and for no forward move', () => {
    expect(activityMoveNeedsReason('COMPLETED', 'UNDER_WAY')).toBe(true);
    expect(activityMoveNeedsReason('CANCELLED', 'FUNDED')).toBe(true);
    expect(activityMoveNeedsReason('FUNDED', 'CANCELLED')).toBe(true);
    expect(activityMoveNeedsReason('FUNDED', 'UNDER_WAY')).toBe(false);
  });
});

describe('an indicator’s unit', () => {
  it('may change until actuals are recorded against it', () => {
    expect(mayChangeUnit(false)).toBe(true);
    expect(mayChangeUnit(true)).toBe(false);
    expect(ERROR_REASONS).toContain('UNIT_HAS_ACTUALS');
  });
});
