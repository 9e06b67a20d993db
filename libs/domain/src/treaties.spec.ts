import { treatyStatusProblems } from './treaties.js';

describe('treatyStatusProblems', () => {
  it('accepts a party whose consent follows its signature, and an accession without a signature', () => {
    expect(
      treatyStatusProblems({
        status: 'PARTY',
        signedOn: '2000-12-13',
        consentOn: '2003-10-14',
        consentKind: 'RATIFICATION',
      }),
    ).toEqual([]);
    expect(treatyStatusProblems({ status: 'PARTY', consentOn: '2004-01-05', consentKind: 'ACCESSION' })).toEqual([]);
    expect(treatyStatusProblems({ status: 'PARTY' })).toEqual([]);
  });

  it('refuses a consent before the signature, a bound signatory and a signatory without a date, each on its field', () => {
    expect(treatyStatusProblems({ status: 'PARTY', signedOn: '2003-01-02', consentOn: '2003-01-01' })).toEqual([
      expect.objectContaining({ field: 'consentOn', reason: 'CONSENT_BEFORE_SIGNATURE' }),
    ]);
    expect(treatyStatusProblems({ status: 'SIGNATORY', signedOn: '2000-12-12', consentKind: 'ACCEPTANCE' })).toEqual([
      expect.objectContaining({ field: 'consentKind', reason: 'CONSENT_WITHOUT_PARTY' }),
    ]);
    expect(treatyStatusProblems({ status: 'SIGNATORY' })).toEqual([
      expect.objectContaining({ field: 'signedOn', reason: 'SIGNATORY_WITHOUT_SIGNATURE' }),
    ]);
  });
});
