import { rowKey, type RowKeyParts } from './row-key.js';

const row: RowKeyParts = {
  stateIso3: 'KEN',
  kind: 'TRAINING',
  topics: ['cybercrime', 'money-laundering'],
  priorityAreaCode: 'B',
  receivedOn: '2009-02-01',
  channel: 'letter',
  description: 'Training of prosecutors',
};

describe('rowKey (the stable key of an import row)', () => {
  it('is the same for the same row written with other spacing, capitals or topic order', () => {
    expect(
      rowKey({ ...row, topics: ['money-laundering', 'cybercrime'], description: '  training   of PROSECUTORS ' }),
    ).toBe(rowKey(row));
  });

  it('differs when the State or what is asked differs', () => {
    expect(rowKey({ ...row, stateIso3: 'NGA' })).not.toBe(rowKey(row));
    expect(rowKey({ ...row, receivedOn: '2009-02-02' })).not.toBe(rowKey(row));
    expect(rowKey({ ...row, description: 'Training of judges' })).not.toBe(rowKey(row));
  });

  it('knows a row with a reference by its State and reference alone', () => {
    const a = rowKey({ ...row, reference: 'NV-2009-17' });
    expect(rowKey({ ...row, description: 'Corrected text', reference: ' nv-2009-17 ' })).toBe(a);
    expect(rowKey({ ...row, stateIso3: 'NGA', reference: 'NV-2009-17' })).not.toBe(a);
    expect(a).not.toBe(rowKey(row));
  });
});
