import { missingColumns, rowToInput } from './request-row.js';

describe('import rows', () => {
  it('names the columns a file lacks, whatever their case or spacing', () => {
    expect(
      missingColumns(['State', 'Kind', 'Topics', 'Priority area', 'received-on', 'CHANNEL', 'description']),
    ).toEqual([]);
    expect(missingColumns(['state', 'kind'])).toEqual([
      'topics',
      'priority_area',
      'received_on',
      'channel',
      'description',
    ]);
  });

  it('reads a row as a person writes it', () => {
    const { state, input } = rowToInput({
      state: ' Kenya ',
      kind: 'training',
      topics: 'Cybercrime; money laundering',
      priority_area: 'b',
      received_on: '2009-02-01',
      channel: 'Field office',
      description: 'Prosecutors',
      confidential: 'yes',
      instruments: 'untoc, tip',
    });
    expect(state).toBe('Kenya');
    expect(input).toMatchObject({
      kind: 'TRAINING',
      topics: ['cybercrime', 'money-laundering'],
      priorityAreaCode: 'B',
      channel: 'field-office',
      confidential: true,
      instruments: ['UNTOC', 'TIP'],
    });
  });
});
