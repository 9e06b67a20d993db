import type { ChecklistStatus } from '@ta/domain';

/**
 * The colour steps of the world map of needs, and how a State's shape finds its record: the atlas names
 * countries by their numeric ISO 3166 / UN M49 code, as the API's `State.m49` does.
 */
export interface NeedStep {
  /** Smallest count in the step; the step runs to the next one's `from` − 1 (the last has no end). */
  from: number;
  color: string;
}

/** 0, 1, 2–3, 4–7, 8+ open requests: light to dark, so "none" stays visibly apart from "one". */
export const NEED_STEPS: readonly NeedStep[] = [
  { from: 0, color: '#eef1f5' },
  { from: 1, color: '#c6dbef' },
  { from: 2, color: '#6baed6' },
  { from: 4, color: '#2171b5' },
  { from: 8, color: '#08306b' },
];

/** Shapes that are not a UN Member or observer State (e.g. Antarctica, Western Sahara). */
export const NOT_A_STATE_COLOR = '#d7dbe0';

/** The step a count falls in (its index in NEED_STEPS). */
export function stepOf(count: number): number {
  let index = 0;
  NEED_STEPS.forEach((step, i) => {
    if (count >= step.from) index = i;
  });
  return index;
}

/** "0", "1", "2–3", "8+": the range a step covers, numbers written in the reader's language. */
export function stepRange(index: number, format: (n: number) => string = String): string {
  const step = NEED_STEPS[index];
  if (!step) return '';
  const next = NEED_STEPS[index + 1];
  if (!next) return `${format(step.from)}+`;
  const last = next.from - 1;
  return last === step.from ? format(step.from) : `${format(step.from)}–${format(last)}`;
}

/** An M49 code as the atlas writes it: three digits, zero-padded ("4" and "004" are Afghanistan). */
export function m49Key(code: string | number | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  const text = String(code).trim();
  return /^\d{1,3}$/.test(text) ? text.padStart(3, '0') : null;
}

export interface MapState {
  iso3: string;
  name: string;
  count: number;
}

/** Each State by its M49 code, with its open requests (0 when it has none). */
export function statesByM49(
  states: ReadonlyArray<{ iso3: string; m49: string; name: string }>,
  counts: ReadonlyArray<{ count: number; state: { iso3: string } | null }>,
): Map<string, MapState> {
  const open = new Map<string, number>();
  for (const row of counts) if (row.state) open.set(row.state.iso3, (open.get(row.state.iso3) ?? 0) + row.count);
  const result = new Map<string, MapState>();
  for (const state of states) {
    const key = m49Key(state.m49);
    if (key) result.set(key, { iso3: state.iso3, name: state.name, count: open.get(state.iso3) ?? 0 });
  }
  return result;
}

/** The instruments the map can be coloured by (footnote 10's four). */
export const MAP_INSTRUMENTS = ['UNTOC', 'TIP', 'SOM', 'FIREARMS'] as const;
export type MapInstrument = (typeof MAP_INSTRUMENTS)[number];
export type TreatyStanding = 'PARTY' | 'SIGNATORY' | 'NONE';

/** A State's standing under an instrument: party, signatory only, or neither (no status recorded). */
export const TREATY_STEPS: ReadonlyArray<{ standing: TreatyStanding; color: string }> = [
  { standing: 'PARTY', color: '#1b7837' },
  { standing: 'SIGNATORY', color: '#a6dba0' },
  { standing: 'NONE', color: '#f7f7f7' },
];

/** Each State's standing under `instrument`, by ISO code, and how many States stand each way. */
export function treatyStandings(
  states: ReadonlyArray<{ iso3: string; treatyStatus: ReadonlyArray<{ instrumentCode: string; status: string }> }>,
  instrument: MapInstrument,
): { byIso3: Map<string, TreatyStanding>; counts: Record<TreatyStanding, number> } {
  const byIso3 = new Map<string, TreatyStanding>();
  const counts: Record<TreatyStanding, number> = { PARTY: 0, SIGNATORY: 0, NONE: 0 };
  for (const state of states) {
    const status = state.treatyStatus.find((s) => s.instrumentCode === instrument)?.status;
    const standing: TreatyStanding = status === 'PARTY' || status === 'SIGNATORY' ? status : 'NONE';
    byIso3.set(state.iso3, standing);
    counts[standing] += 1;
  }
  return { byIso3, counts };
}

/**
 * Who has reported in a reporting cycle (para. 5): a State's checklist updated, submitted, in progress (a draft
 * only) or not started; the reported ones darker.
 */
export const REPORTING_STEPS: ReadonlyArray<{ status: ChecklistStatus; color: string }> = [
  { status: 'UPDATED', color: '#2166ac' },
  { status: 'SUBMITTED', color: '#67a9cf' },
  { status: 'IN_PROGRESS', color: '#fddbc7' },
  { status: 'NOT_STARTED', color: '#f7f7f7' },
];

/** Each State's checklist status in a cycle, by ISO code, and how many States are at each. */
export function reportingStandings(rows: ReadonlyArray<{ stateIso3: string; status: ChecklistStatus }>): {
  byIso3: Map<string, ChecklistStatus>;
  counts: Record<ChecklistStatus, number>;
} {
  const byIso3 = new Map<string, ChecklistStatus>();
  const counts: Record<ChecklistStatus, number> = { UPDATED: 0, SUBMITTED: 0, IN_PROGRESS: 0, NOT_STARTED: 0 };
  for (const row of rows) {
    byIso3.set(row.stateIso3, row.status);
    counts[row.status] += 1;
  }
  return { byIso3, counts };
}
