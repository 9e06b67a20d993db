import { m49CodesForWording, regionsWording } from './regions.js';

const AREAS = [
  { code: '002', name: 'Africa' },
  { code: '011', name: 'Western Africa' },
  { code: '014', name: 'Eastern Africa' },
  { code: '017', name: 'Middle Africa' },
];

describe('a region’s wording', () => {
  it('means the M49 areas it names, or those the programme document means by it', () => {
    expect(m49CodesForWording('Eastern Africa', AREAS)).toEqual(['014']);
    expect(m49CodesForWording(' the West Africa', AREAS)).toEqual(['011']);
    expect(m49CodesForWording('Central and Eastern Africa', AREAS)).toEqual(['017', '014']);
    expect(m49CodesForWording('Global', AREAS)).toEqual(['001']);
    expect(m49CodesForWording('Atlantis', AREAS)).toBeNull();
  });

  it('is kept as stored for the codes still chosen; codes newly chosen get their M49 name', () => {
    expect(regionsWording(['011', '002'], AREAS, ['West Africa'])).toEqual(['West Africa', 'Africa']);
    expect(regionsWording(['014', '017'], AREAS, ['Central and Eastern Africa'])).toEqual([
      'Central and Eastern Africa',
    ]);
    // One of a wording's two areas dropped: the one left is named as M49 names it.
    expect(regionsWording(['014'], AREAS, ['Central and Eastern Africa'])).toEqual(['Eastern Africa']);
    expect(regionsWording([], AREAS, ['West Africa'])).toEqual([]);
    expect(regionsWording(['999'], AREAS)).toEqual(['999']);
  });
});
