import { DEMO_WORKSHOP_TRANSLATIONS, DEMO_WORKSHOPS } from '../../demo/programme-demo.data.js';
import { DEMO_ACTIVITIES } from './activities.data.js';
import { CURRENT_ACTIVITIES } from './current-activities.data.js';
import { ACTIVITY_TITLE_TRANSLATIONS } from './activity-titles.data.js';

/** Proposals and current activities alike. */
const ALL_ACTIVITIES = [...DEMO_ACTIVITIES, ...CURRENT_ACTIVITIES];

describe('French and Spanish titles of the demo programme', () => {
  it('translates every activity, and only those', () => {
    expect(Object.keys(ACTIVITY_TITLE_TRANSLATIONS).sort()).toEqual(ALL_ACTIVITIES.map((a) => a.code).sort());
    for (const a of ALL_ACTIVITIES) {
      const t = ACTIVITY_TITLE_TRANSLATIONS[a.code]!;
      expect([a.code, t.fr.trim(), t.es.trim()]).toEqual([a.code, t.fr, t.es]);
      expect([a.code, t.fr === a.title, t.es === a.title, t.fr === t.es]).toEqual([a.code, false, false, false]);
    }
  });

  it('gives each activity a title of its own in each language', () => {
    for (const lang of ['fr', 'es'] as const) {
      const titles = Object.values(ACTIVITY_TITLE_TRANSLATIONS).map((t) => t[lang]);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('translates every workshop', () => {
    expect(Object.keys(DEMO_WORKSHOP_TRANSLATIONS).sort()).toEqual(DEMO_WORKSHOPS.map((w) => w.key).sort());
    for (const w of DEMO_WORKSHOPS) {
      const t = DEMO_WORKSHOP_TRANSLATIONS[w.key]!;
      expect([w.key, t.titleFr === w.title, t.titleEs === w.title]).toEqual([w.key, false, false]);
    }
  });
});
