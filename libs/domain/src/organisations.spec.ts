import { isImplementingPartner } from './organisations.js';

describe('implementing partners', () => {
  const links = [
    { role: 'FUNDING', organisation: { id: 'donor' } },
    { role: 'IMPLEMENTING', organisation: { id: 'centre' } },
  ];
  it('receives disbursements only as an implementing partner of the activity', () => {
    expect(isImplementingPartner(links, 'centre')).toBe(true);
    expect(isImplementingPartner(links, 'donor')).toBe(false);
    expect(isImplementingPartner(links, 'stranger')).toBe(false);
  });
});
