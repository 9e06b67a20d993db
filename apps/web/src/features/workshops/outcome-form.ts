import { DEFAULT_PRIORITY_AREA, requiresTopic, type AssistanceKind } from '@ta/domain';
import type { WorkshopOutcomeInput } from '@ta/graphql-types/graphql';
import type { Problems } from '../../forms';
import { newKey } from '../../forms';

/** Who came from one State. Numbers are typed as text and checked as you type. */
export interface ParticipantRow {
  key: string;
  stateIso3: string;
  participants: string;
  women: string;
}

/** A need a participating State raised: it becomes an assistance request (channel "workshop"). */
export interface FollowUpRow {
  key: string;
  stateIso3: string;
  kind: AssistanceKind | '';
  topics: string[];
  /** '' = the usual area of the kind (OTHER has none, so it must be chosen). */
  priorityAreaCode: string;
  description: string;
}

export interface OutcomeValues {
  checklistsCompleted: string;
  statesUpdated: string;
  casesProgressed: string;
  conclusions: string;
  participants: ParticipantRow[];
  followUps: FollowUpRow[];
}

export const COUNT_FIELDS = ['checklistsCompleted', 'statesUpdated', 'casesProgressed'] as const;
export const MAX_COUNT = 100_000;

interface WorkshopLike {
  participants: ReadonlyArray<{ participants: number | null; women: number | null; state: { iso3: string } }>;
  outcome: {
    checklistsCompleted: number | null;
    statesUpdated: number | null;
    casesProgressed: number | null;
    conclusions: string;
  } | null;
}

const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

/** The form starts from what is recorded: counts, conclusions and who came; follow-ups are new each time. */
export function outcomeFromWorkshop(workshop: WorkshopLike): OutcomeValues {
  return {
    checklistsCompleted: text(workshop.outcome?.checklistsCompleted),
    statesUpdated: text(workshop.outcome?.statesUpdated),
    casesProgressed: text(workshop.outcome?.casesProgressed),
    conclusions: workshop.outcome?.conclusions ?? '',
    participants: workshop.participants.map((p) => ({
      key: newKey('participant'),
      stateIso3: p.state.iso3,
      participants: text(p.participants),
      women: text(p.women),
    })),
    followUps: [],
  };
}

export function emptyParticipant(): ParticipantRow {
  return { key: newKey('participant'), stateIso3: '', participants: '', women: '' };
}

export function emptyFollowUp(): FollowUpRow {
  return { key: newKey('follow-up'), stateIso3: '', kind: '', topics: [], priorityAreaCode: '', description: '' };
}

/** '' (not known) or a whole number from 0; anything else is a problem. */
function count(value: string): { ok: true; n: number | null } | { ok: false } {
  const v = value.trim();
  if (!v) return { ok: true, n: null };
  if (!/^\d+$/.test(v) || Number(v) > MAX_COUNT) return { ok: false };
  return { ok: true, n: Number(v) };
}

/** The API's rules, checked as the officer types; problems are keyed by the input's path. */
export function validateOutcome(values: OutcomeValues): Problems {
  const problems: Problems = {};
  for (const field of COUNT_FIELDS) {
    if (!count(values[field]).ok) problems[field] = { key: 'validation.countInvalid', values: { max: MAX_COUNT } };
  }
  const seen = new Set<string>();
  values.participants.forEach((row, i) => {
    if (!row.stateIso3) problems[`participants.${i}.stateIso3`] = { key: 'validation.stateRequired' };
    else if (seen.has(row.stateIso3)) problems[`participants.${i}.stateIso3`] = { key: 'validation.participantTwice' };
    seen.add(row.stateIso3);
    const people = count(row.participants);
    const women = count(row.women);
    if (!people.ok)
      problems[`participants.${i}.participants`] = { key: 'validation.countInvalid', values: { max: MAX_COUNT } };
    if (!women.ok) problems[`participants.${i}.women`] = { key: 'validation.countInvalid', values: { max: MAX_COUNT } };
    else if (people.ok && people.n !== null && women.n !== null && women.n > people.n) {
      problems[`participants.${i}.women`] = {
        key: 'validation.womenAboveParticipants',
        values: { participants: people.n },
      };
    }
  });
  values.followUps.forEach((row, i) => {
    if (!row.stateIso3) problems[`followUps.${i}.stateIso3`] = { key: 'validation.stateRequired' };
    else if (!seen.has(row.stateIso3))
      problems[`followUps.${i}.stateIso3`] = { key: 'validation.followUpNotParticipant' };
    if (!row.kind) problems[`followUps.${i}.kind`] = { key: 'validation.kindRequired' };
    else {
      if (requiresTopic(row.kind) && row.topics.length === 0)
        problems[`followUps.${i}.topics`] = { key: 'validation.topicsRequired' };
      if (!row.priorityAreaCode && !DEFAULT_PRIORITY_AREA[row.kind]) {
        problems[`followUps.${i}.priorityAreaCode`] = { key: 'validation.priorityAreaRequired' };
      }
    }
  });
  return problems;
}

const FIELD_PATH =
  /^(checklistsCompleted|statesUpdated|casesProgressed|conclusions|participants\.\d+\.(stateIso3|participants|women)|followUps\.\d+\.(stateIso3|kind|topics|priorityAreaCode|description))$/;

/** Whether an error path (the API's `extensions.field`) names a field of this form. */
export function isOutcomeField(path: string): boolean {
  return FIELD_PATH.test(path);
}

/** The mutation's input, once the values are valid. */
export function toOutcomeInput(values: OutcomeValues): WorkshopOutcomeInput {
  const n = (value: string): number | null => {
    const c = count(value);
    return c.ok ? c.n : null;
  };
  return {
    checklistsCompleted: n(values.checklistsCompleted),
    statesUpdated: n(values.statesUpdated),
    casesProgressed: n(values.casesProgressed),
    conclusions: values.conclusions.trim(),
    participants: values.participants.map((p) => ({
      stateIso3: p.stateIso3,
      participants: n(p.participants),
      women: n(p.women),
    })),
    followUps: values.followUps.map((f) => {
      if (!f.kind) throw new Error('toOutcomeInput needs validated values');
      return {
        stateIso3: f.stateIso3,
        kind: f.kind,
        topics: f.topics,
        ...(f.priorityAreaCode ? { priorityAreaCode: f.priorityAreaCode } : {}),
        ...(f.description.trim() ? { description: f.description.trim() } : {}),
      };
    }),
  };
}
