import { AUTHORITY_KINDS, AUTHORITY_KIND_INSTRUMENTS, authorityProblems } from './authorities.js';

describe('authorityProblems', () => {
  it('accepts every kind under each of its instruments', () => {
    for (const kind of AUTHORITY_KINDS) {
      for (const instrumentCode of AUTHORITY_KIND_INSTRUMENTS[kind]) {
        expect(authorityProblems({ kind, instrumentCode })).toEqual([]);
      }
    }
  });

  it('refuses a kind under an instrument that designates none, naming the instruments that do', () => {
    expect(authorityProblems({ kind: 'FIREARMS_COOPERATION', instrumentCode: 'UNTOC' })).toEqual([
      expect.objectContaining({
        field: 'instrumentCode',
        reason: 'KIND_NOT_UNDER_INSTRUMENT',
        message: expect.stringContaining('FIREARMS'),
      }),
    ]);
    expect(authorityProblems({ kind: 'EXTRADITION', instrumentCode: 'TIP' })[0].message).toMatch(/UNTOC or UNCAC/);
  });
});
