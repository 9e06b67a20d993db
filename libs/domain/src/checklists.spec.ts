import { checklistProblems, hasReported, nextChecklistStatus } from './checklists.js';

describe('the checklist’s rules', () => {
  const ids = ['q1', 'q2'];

  it('moves a draft to IN_PROGRESS, a first submission to SUBMITTED and a later one to UPDATED', () => {
    expect(nextChecklistStatus('NOT_STARTED', false)).toBe('IN_PROGRESS');
    expect(nextChecklistStatus('IN_PROGRESS', true)).toBe('SUBMITTED');
    expect(nextChecklistStatus('SUBMITTED', true)).toBe('UPDATED');
    expect(nextChecklistStatus('UPDATED', true)).toBe('UPDATED');
    expect(hasReported('IN_PROGRESS')).toBe(false);
    expect(hasReported('UPDATED')).toBe(true);
  });

  it('lets a draft be partial, but a submission answers every question', () => {
    expect(checklistProblems(ids, [{ questionId: 'q1', answer: 'YES' }], false)).toEqual([]);
    expect(checklistProblems(ids, [{ questionId: 'q1', answer: 'YES' }], true).map((p) => p.reason)).toEqual([
      'ANSWER_MISSING',
    ]);
    expect(
      checklistProblems(
        ids,
        [
          { questionId: 'q1', answer: 'YES' },
          { questionId: 'q2', answer: 'PARTLY' },
        ],
        true,
      ),
    ).toEqual([]);
  });

  it('asks a need for its kind, and for a topic when the kind needs one (training on what?)', () => {
    const reasons = (a: Parameters<typeof checklistProblems>[1][number]) =>
      checklistProblems(ids, [a], false).map((p) => [p.reason, p.field]);
    expect(reasons({ questionId: 'q1', needsAssistance: true })).toEqual([
      ['ASSISTANCE_KIND_MISSING', 'assistanceKind'],
    ]);
    expect(reasons({ questionId: 'q1', needsAssistance: true, assistanceKind: 'TRAINING' })).toEqual([
      ['ASSISTANCE_TOPIC_MISSING', 'assistanceTopics'],
    ]);
    expect(reasons({ questionId: 'q1', needsAssistance: true, assistanceKind: 'REPORTING_OBLIGATIONS' })).toEqual([]);
    expect(reasons({ questionId: 'qX', answer: 'NO' })).toEqual([['UNKNOWN_QUESTION', 'questionId']]);
  });

  it('refuses a draft over a submitted checklist, not an update', () => {
    expect(checklistProblems(ids, [], false, 'SUBMITTED').map((p) => p.reason)).toEqual(['DRAFT_AFTER_SUBMISSION']);
    expect(
      checklistProblems(
        ids,
        [
          { questionId: 'q1', answer: 'NO' },
          { questionId: 'q2', answer: 'NO' },
        ],
        true,
        'SUBMITTED',
      ),
    ).toEqual([]);
  });
});
