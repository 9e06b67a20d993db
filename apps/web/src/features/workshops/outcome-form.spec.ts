import {
  isOutcomeField,
  outcomeFromWorkshop,
  toOutcomeInput,
  validateOutcome,
  type OutcomeValues,
} from './outcome-form';

const dakar = {
  participants: [
    { participants: 3, women: 1, state: { iso3: 'SEN' } },
    { participants: null, women: null, state: { iso3: 'MLI' } },
  ],
  outcome: {
    checklistsCompleted: 20,
    statesUpdated: 6,
    casesProgressed: null,
    conclusions: 'Twenty States filled in the checklist.',
  },
};

const keys = (values: OutcomeValues): Record<string, string> =>
  Object.fromEntries(Object.entries(validateOutcome(values)).map(([path, problem]) => [path, problem?.key ?? '']));

describe('the workshop outcome form', () => {
  it('starts from what is recorded, with no follow-up', () => {
    const values = outcomeFromWorkshop(dakar);
    expect(values.checklistsCompleted).toBe('20');
    expect(values.casesProgressed).toBe('');
    expect(values.participants.map((p) => [p.stateIso3, p.participants, p.women])).toEqual([
      ['SEN', '3', '1'],
      ['MLI', '', ''],
    ]);
    expect(values.followUps).toEqual([]);
    expect(validateOutcome(values)).toEqual({});
  });

  it('wants whole numbers from 0, and no more women than participants', () => {
    const values = outcomeFromWorkshop(dakar);
    values.statesUpdated = '-1';
    values.casesProgressed = '2.5';
    values.participants[0] = { ...values.participants[0]!, women: '4' };
    values.participants[1] = { ...values.participants[1]!, participants: 'x' };
    expect(keys(values)).toEqual({
      statesUpdated: 'validation.countInvalid',
      casesProgressed: 'validation.countInvalid',
      'participants.0.women': 'validation.womenAboveParticipants',
      'participants.1.participants': 'validation.countInvalid',
    });
  });

  it('takes follow-up needs only from participating States, with a topic unless about reporting', () => {
    const values = outcomeFromWorkshop(dakar);
    values.followUps = [
      { key: 'a', stateIso3: 'MLI', kind: 'FOLLOW_UP_TRAINING', topics: [], priorityAreaCode: '', description: '' },
      { key: 'b', stateIso3: 'THA', kind: 'REPORTING_OBLIGATIONS', topics: [], priorityAreaCode: '', description: '' },
      { key: 'c', stateIso3: 'SEN', kind: 'OTHER', topics: ['firearms'], priorityAreaCode: '', description: '' },
      { key: 'd', stateIso3: '', kind: '', topics: [], priorityAreaCode: '', description: '' },
    ];
    expect(keys(values)).toEqual({
      'followUps.0.topics': 'validation.topicsRequired',
      'followUps.1.stateIso3': 'validation.followUpNotParticipant',
      'followUps.2.priorityAreaCode': 'validation.priorityAreaRequired',
      'followUps.3.stateIso3': 'validation.stateRequired',
      'followUps.3.kind': 'validation.kindRequired',
    });
  });

  it('refuses the same State twice among participants', () => {
    const values = outcomeFromWorkshop(dakar);
    values.participants.push({ key: 'x', stateIso3: 'SEN', participants: '', women: '' });
    expect(keys(values)).toEqual({ 'participants.2.stateIso3': 'validation.participantTwice' });
  });

  it('sends numbers, nulls for what is not known, and only the follow-up fields that are set', () => {
    const values = outcomeFromWorkshop(dakar);
    values.followUps = [
      {
        key: 'a',
        stateIso3: 'MLI',
        kind: 'FOLLOW_UP_TRAINING',
        topics: ['mutual-legal-assistance'],
        priorityAreaCode: '',
        description: '  ',
      },
    ];
    expect(toOutcomeInput(values)).toEqual({
      checklistsCompleted: 20,
      statesUpdated: 6,
      casesProgressed: null,
      conclusions: 'Twenty States filled in the checklist.',
      participants: [
        { stateIso3: 'SEN', participants: 3, women: 1 },
        { stateIso3: 'MLI', participants: null, women: null },
      ],
      followUps: [{ stateIso3: 'MLI', kind: 'FOLLOW_UP_TRAINING', topics: ['mutual-legal-assistance'] }],
    });
  });

  it('knows which error paths are its fields', () => {
    expect(isOutcomeField('followUps.0.stateIso3')).toBe(true);
    expect(isOutcomeField('participants.12.women')).toBe(true);
    expect(isOutcomeField('workshopId')).toBe(false);
  });
});
