import {
  importFileProblem,
  importTextProblem,
  MAX_IMPORT_BYTES,
  MAX_XLSX_KB,
  REQUIRED_COLUMNS,
  templateCsv,
  toBase64,
  IMPORT_COLUMNS,
  mappingOf,
  mappingProblems,
} from './import-file';

describe('the file to import', () => {
  it('wants a file', () => {
    expect(importFileProblem(null)).toEqual({ key: 'validation.fileRequired' });
  });

  it('takes a .csv file of at most 250 kB, whatever the case of its extension', () => {
    expect(importFileProblem({ name: 'requests.csv', size: 1200 })).toBeUndefined();
    expect(importFileProblem({ name: 'REQUESTS.CSV', size: MAX_IMPORT_BYTES })).toBeUndefined();
  });

  it('refuses other extensions, files too large and empty ones', () => {
    expect(importFileProblem({ name: 'requests.xlsx', size: 1200 })).toBeUndefined();
    expect(importFileProblem({ name: 'requests.xlsx', size: MAX_XLSX_KB * 1000 + 1 })).toEqual({
      key: 'validation.fileTooLarge',
      values: { max: MAX_XLSX_KB },
    });
    expect(importFileProblem({ name: 'requests.xls', size: 1200 })).toEqual({ key: 'validation.fileNotCsv' });
    expect(importFileProblem({ name: 'requests.csv.txt', size: 1200 })).toEqual({ key: 'validation.fileNotCsv' });
    expect(importFileProblem({ name: 'requests.csv', size: MAX_IMPORT_BYTES + 1 })).toEqual({
      key: 'validation.fileTooLarge',
      values: { max: 250 },
    });
    expect(importFileProblem({ name: 'requests.csv', size: 0 })).toEqual({ key: 'validation.fileEmpty' });
    expect(importTextProblem(' \n\r\n')).toEqual({ key: 'validation.fileEmpty' });
    expect(importTextProblem('state,kind')).toBeUndefined();
  });
});

describe('the template', () => {
  it('names every column, then gives example rows quoted as CSV wants', () => {
    const [header, first, ...rest] = templateCsv().trimEnd().split('\r\n');
    expect(header?.split(',')).toEqual([...REQUIRED_COLUMNS, 'confidential', 'instruments', 'reference']);
    expect(first).toContain('"Training of central authority staff, on extradition requests"');
    expect(first).toContain('extradition;mutual-legal-assistance');
    expect(rest).toHaveLength(1);
  });

  it('encodes a file as base64 in chunks', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(Buffer.from(toBase64(bytes.buffer), 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('a column mapping as it is typed', () => {
  const none = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])) as Record<
    (typeof IMPORT_COLUMNS)[number],
    string
  >;

  it('needs a name and at least one column', () => {
    expect(mappingProblems({ name: ' ', columns: none })).toEqual({
      name: { key: 'validation.mappingNameRequired' },
      'columns.state': { key: 'validation.mappingEmpty' },
    });
  });

  it('refuses a file column named for two import columns, as the API compares headers', () => {
    const columns = { ...none, state: 'Country', kind: 'country ' };
    expect(mappingProblems({ name: 'Sheet', columns })).toEqual({
      'columns.kind': { key: 'validation.mappingColumnTwice', values: { other: 'state' } },
    });
    expect(mappingOf({ name: 'Sheet', columns: { ...none, state: ' Country ', description: 'Need' } })).toEqual([
      { column: 'Country', field: 'state' },
      { column: 'Need', field: 'description' },
    ]);
  });
});
