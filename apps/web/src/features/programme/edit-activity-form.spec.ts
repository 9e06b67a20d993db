import { ACTIVITY_LIMITS } from '@ta/domain';
import {
  carryEdits,
  changedFields,
  draftOnto,
  editActivityValuesOf,
  toUpdateActivityInput,
  validateEditActivity,
  type EditActivityValues,
} from './edit-activity-form';

const PLAN = [2009, 2010, 2011];
const readActivity = {
  title: 'Regional workshop on cybercrime',
  description: 'Three days.',
  beneficiaryStates: [{ iso3: 'KEN' }, { iso3: 'UGA' }],
  beneficiaryAreas: [{ code: '014' }],
  partners: ['UNDP', 'INTERPOL'],
  startsOn: '2010-03-05',
  endsOn: null,
  titleFr: 'Atelier régional sur la cybercriminalité',
  titleEs: null,
};
const read: EditActivityValues = editActivityValuesOf(readActivity);
const AREAS = [
  { code: '014', name: 'Eastern Africa' },
  { code: '011', name: 'Western Africa' },
  { code: '017', name: 'Middle Africa' },
];

describe('editActivityValuesOf', () => {
  it('opens with the activity as read: codes, partners one a line, no date as empty', () => {
    expect(read).toEqual({
      title: 'Regional workshop on cybercrime',
      description: 'Three days.',
      beneficiaryStates: ['KEN', 'UGA'],
      beneficiaryAreas: ['014'],
      partners: 'UNDP\nINTERPOL',
      startsOn: '2010-03-05',
      endsOn: '',
      titleFr: 'Atelier régional sur la cybercriminalité',
      titleEs: '',
    });
  });
});

describe('validateEditActivity', () => {
  it('accepts the activity as read', () => {
    expect(validateEditActivity(read, 'PROPOSED', PLAN)).toEqual({});
  });

  it("applies New activity's rules to the shared fields (the kernel's limits)", () => {
    expect(validateEditActivity({ ...read, title: 'ab' }, 'PROPOSED', PLAN).title?.key).toBe(
      'validation.activityTitleTooShort',
    );
    expect(validateEditActivity({ ...read, title: ' ' }, 'PROPOSED', PLAN).title?.key).toBe(
      'validation.activityTitleRequired',
    );
    const partners = Array.from({ length: ACTIVITY_LIMITS.partnersMax + 1 }, (_, i) => `P${i}`).join('\n');
    expect(validateEditActivity({ ...read, partners }, 'PROPOSED', PLAN).partners?.key).toBe('validation.tooMany');
    expect(validateEditActivity({ ...read, endsOn: '2010-03-01' }, 'PROPOSED', PLAN).endsOn?.key).toBe(
      'validation.endsBeforeStarts',
    );
  });

  it("dates by the activity's phase: a proposal within the plan, a current activity from the window's start", () => {
    const dated = { ...read, startsOn: '2008-04-01' };
    expect(validateEditActivity(dated, 'PROPOSED', PLAN).startsOn?.key).toBe('validation.activityDateOutsidePlan');
    expect(validateEditActivity(dated, 'CURRENT', PLAN)).toEqual({});
  });

  it('lets a date that was set be emptied (cleared), and an empty one stay empty', () => {
    expect(validateEditActivity({ ...read, startsOn: '' }, 'PROPOSED', PLAN)).toEqual({});
    expect(validateEditActivity({ ...read, endsOn: '' }, 'PROPOSED', PLAN)).toEqual({});
  });
});

describe('toUpdateActivityInput', () => {
  it('sends nothing when nothing changed (an order of States or spaces around a title are no change)', () => {
    const same = {
      ...read,
      title: ` ${read.title} `,
      beneficiaryStates: ['UGA', 'KEN'],
      partners: 'UNDP\n\nINTERPOL\n',
    };
    expect(changedFields(read, same)).toEqual([]);
    expect(toUpdateActivityInput(read, same, AREAS)).toEqual({});
  });

  it('sends only what changed: the title trimmed, the regions with their names, the partners as a list', () => {
    const edited = { ...read, title: ' Subregional workshop on cybercrime ', beneficiaryAreas: ['014', '011'] };
    expect(changedFields(read, edited)).toEqual(['title', 'beneficiaryAreas']);
    expect(toUpdateActivityInput(read, edited, AREAS)).toEqual({
      title: 'Subregional workshop on cybercrime',
      beneficiaryAreas: ['014', '011'],
      beneficiaryRegions: ['Eastern Africa', 'Western Africa'],
    });
    expect(toUpdateActivityInput(read, { ...read, partners: 'OSCE', endsOn: '2010-03-07' }, AREAS)).toEqual({
      partners: ['OSCE'],
      endsOn: '2010-03-07',
    });
  });

  it('keeps the other languages’ titles out unless changed; sends one changed, and null for one emptied', () => {
    expect(toUpdateActivityInput(read, { ...read, title: 'Subregional workshop' }, AREAS)).toEqual({
      title: 'Subregional workshop',
    });
    expect(toUpdateActivityInput(read, { ...read, titleFr: '', titleEs: ' Taller regional ' }, AREAS)).toEqual({
      titleFr: null,
      titleEs: 'Taller regional',
    });
    expect(
      validateEditActivity({ ...read, titleEs: 'x'.repeat(ACTIVITY_LIMITS.titleMax + 1) }, 'PROPOSED', PLAN),
    ).toHaveProperty('titleEs.key', 'validation.textTooLong');
  });

  it('clears a date emptied (null), and leaves out one untouched', () => {
    expect(toUpdateActivityInput(read, { ...read, startsOn: '' }, AREAS)).toEqual({ startsOn: null });
    expect(toUpdateActivityInput(read, { ...read, endsOn: '' }, AREAS)).toEqual({});
  });

  it('keeps the stored wording of the regions still chosen; only a new code gets its M49 name', () => {
    // Stored as the programme document words it: "East Africa" (014).
    const added = { ...read, beneficiaryAreas: ['014', '011'] };
    expect(toUpdateActivityInput(read, added, AREAS, ['East Africa'])).toEqual({
      beneficiaryAreas: ['014', '011'],
      beneficiaryRegions: ['East Africa', 'Western Africa'],
    });
    // A wording of two areas is kept while both are chosen, and given up (each its M49 name) once one is not.
    const both = editActivityValuesOf({ ...readActivity, beneficiaryAreas: [{ code: '011' }, { code: '017' }] });
    const withEast = { ...both, beneficiaryAreas: ['011', '017', '014'] };
    expect(toUpdateActivityInput(both, withEast, AREAS, ['West and Central Africa']).beneficiaryRegions).toEqual([
      'West and Central Africa',
      'Eastern Africa',
    ]);
    const westOnly = { ...both, beneficiaryAreas: ['011'] };
    expect(toUpdateActivityInput(both, westOnly, AREAS, ['West and Central Africa']).beneficiaryRegions).toEqual([
      'Western Africa',
    ]);
  });

  it('clears the States, the regions, the partners and the description when emptied', () => {
    const emptied = { ...read, beneficiaryStates: [], beneficiaryAreas: [], partners: '', description: '' };
    expect(toUpdateActivityInput(read, emptied, AREAS)).toEqual({
      beneficiaryStates: [],
      beneficiaryAreas: [],
      beneficiaryRegions: [],
      partners: [],
      description: '',
    });
  });
});

describe('carryEdits', () => {
  it('puts the fields this person changed on the activity as it is now, and takes the rest from it', () => {
    const mine = { ...read, description: 'Four days.' };
    const theirs = { ...read, title: 'Workshop on electronic evidence', description: 'Two days.' };
    expect(carryEdits(read, mine, theirs)).toEqual({ ...theirs, description: 'Four days.' });
    expect(carryEdits(read, read, theirs)).toEqual(theirs);
  });
});

describe('draftOnto', () => {
  const mine: EditActivityValues = { ...read, title: 'Sub-regional workshop on cybercrime' };
  const theirs: EditActivityValues = { ...read, description: 'Four days, in Nairobi.' };
  const kept = (basis: unknown) => ({ values: mine, basis });

  it('gives the draft back as typed when it was typed over the version read now', () => {
    expect(draftOnto(kept(JSON.stringify({ version: 3, read })), 3, read)).toEqual(mine);
  });

  it('takes a field the draft does not have (kept by an older form: the titles in other languages) as read', () => {
    const withoutTitles = (values: EditActivityValues): EditActivityValues => {
      const older: Partial<EditActivityValues> = { ...values };
      delete older.titleFr;
      delete older.titleEs;
      return older as EditActivityValues;
    };
    const keptOlder = { values: withoutTitles(mine), basis: JSON.stringify({ version: 3, read: withoutTitles(read) }) };
    expect(draftOnto(keptOlder, 3, read)).toEqual(mine);
    expect(draftOnto(keptOlder, 4, theirs)).toEqual({ ...theirs, title: 'Sub-regional workshop on cybercrime' });
  });

  it("puts the person's changes on the activity as it is now when someone saved a version since", () => {
    expect(draftOnto(kept(JSON.stringify({ version: 3, read })), 4, theirs)).toEqual({
      ...theirs,
      title: 'Sub-regional workshop on cybercrime',
    });
  });

  it('gives up a draft that does not say what it was typed over', () => {
    expect(draftOnto(kept(3), 4, theirs)).toBeNull();
    expect(draftOnto(kept('not json'), 4, theirs)).toBeNull();
    expect(draftOnto(kept(JSON.stringify({ version: 3 })), 4, theirs)).toBeNull();
  });
});
