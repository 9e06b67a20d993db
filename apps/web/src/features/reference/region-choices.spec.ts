import { regionChoices, type M49Choice } from './region-choices';

const areas: M49Choice[] = [
  { code: '011', name: 'Western Africa', level: 2, region: 'Africa' },
  { code: '142', name: 'Asia', level: 1, region: 'Asia' },
  { code: '002', name: 'Africa', level: 1, region: 'Africa' },
  { code: '034', name: 'Southern Asia', level: 2, region: 'Asia' },
  { code: '014', name: 'Eastern Africa', level: 2, region: 'Africa' },
  { code: '999', name: 'Somewhere', level: 2, region: 'Elsewhere' },
];

describe('the regions a donor chooses among', () => {
  it('lists each region followed by its own sub-regions, by name', () => {
    const shown = regionChoices(
      areas,
      (n) => n,
      (a, b) => a.localeCompare(b, 'en'),
    );
    expect(shown.map((c) => c.label)).toEqual([
      'Africa',
      'Eastern Africa',
      'Western Africa',
      'Asia',
      'Southern Asia',
      'Somewhere',
    ]);
    expect(shown.map((c) => c.level)).toEqual([1, 2, 2, 1, 2, 2]);
  });

  it('orders by the names in the reader’s language', () => {
    const french: Record<string, string> = {
      Africa: 'Afrique',
      Asia: 'Asie',
      'Western Africa': 'Afrique de l’Ouest',
      'Eastern Africa': 'Afrique orientale',
      'Southern Asia': 'Asie du Sud',
      Somewhere: 'Ailleurs',
    };
    const shown = regionChoices(areas, (n) => french[n] ?? n, new Intl.Collator('fr').compare);
    expect(shown.map((c) => c.code)).toEqual(['002', '011', '014', '142', '034', '999']);
  });
});
