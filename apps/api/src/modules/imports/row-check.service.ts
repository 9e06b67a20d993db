import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { requiresTopic } from '@ta/domain';
import { DomainError } from '../../infra/errors/domain-error.js';
import { isCalendarDate } from '../../infra/graphql/scalars.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { ReferenceService } from '../reference/reference.service.js';
import { LogAssistanceRequestInput } from '../requests/dto/log-assistance-request.input.js';
import type { RowProblem } from './imports.repository.js';
import { formulaCells, rowToInput } from './rules/request-row.js';
import { rowKey } from './rules/row-key.js';

/** The file's column for each input field, so a refusal names what the person wrote. */
export const COLUMN_OF: Record<string, string> = {
  stateIso3: 'state',
  priorityAreaCode: 'priority_area',
  receivedOn: 'received_on',
  fieldOfficeCode: 'field_office',
};

/** A row as the import understood it: the request it asks for, its stable key, and every problem it has. */
export interface CheckedRow {
  stateIso3: string | null;
  input: ReturnType<typeof rowToInput>['input'];
  /** Null when the row is refused (a row without a State has no key). */
  key: string | null;
  problems: RowProblem[];
}

/** Checks one row (its cells by column name) for the user the import is for. */
export type RowChecker = (raw: Record<string, string>) => Promise<CheckedRow>;

/**
 * The checks every import row goes through, the same for a dry run and for the job that logs it: the State by
 * name or code, cells a spreadsheet would run, the API's own validation of the request (every problem, not the
 * first), the references the requests service checks (a topic where the kind needs one, known instruments) and
 * the user's scope. The requests service checks again when it logs; these let a dry run say what it would say.
 */
@Injectable()
export class RowCheckService {
  constructor(private readonly reference: ReferenceService) {}

  /** A checker with the reference data read once, for the rows of one file. */
  async checker(policy: AccessPolicy): Promise<RowChecker> {
    const [states, instruments] = await Promise.all([this.reference.states(), this.reference.instruments()]);
    const byName = new Map<string, string>();
    for (const s of states) {
      for (const name of [s.iso3, s.nameEn, s.nameFr, s.nameEs]) byName.set(name.toLowerCase(), s.iso3);
    }
    const knownInstruments = new Set(instruments.map((i) => i.code));
    const scope = new Map<string, RowProblem | null>();
    const scopeProblem = async (iso3: string): Promise<RowProblem | null> => {
      if (!scope.has(iso3)) {
        try {
          await policy.assertMayActOnState(iso3, 'stateIso3');
          scope.set(iso3, null);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          scope.set(iso3, { field: 'state', message: error.message });
        }
      }
      return scope.get(iso3)!;
    };

    return async (raw) => {
      const { state, reference, input } = rowToInput(raw);
      const iso3 = byName.get(state.trim().toLowerCase()) ?? null;
      const formulas = formulaCells(raw);
      const problems: RowProblem[] = [...formulas];
      if (!iso3) {
        problems.push({
          field: 'state',
          message: `"${state}" is not a State; write its name or ISO code, e.g. "Kenya" or "KEN".`,
        });
      }
      // A column already refused (a formula, a State not found) is not refused a second time by the validation.
      const validation = (await validateRow({ ...input, stateIso3: iso3 ?? '' })).filter(
        (p) => !(p.field === 'state' && !iso3) && !formulas.some((f) => f.field === p.field),
      );
      problems.push(...validation);
      const refusedColumns = new Set(problems.map((p) => p.field));
      if (!refusedColumns.has('topics') && !refusedColumns.has('kind') && requiresTopic(input.kind)) {
        if (input.topics.length === 0) {
          problems.push({ field: 'topics', message: `A request for ${input.kind} must name at least one topic.` });
        }
      }
      const unknown = input.instruments.filter((i) => !knownInstruments.has(i));
      if (unknown.length && !refusedColumns.has('instruments')) {
        problems.push({
          field: 'instruments',
          message: `Unknown instrument ${unknown.join(', ')}; use UNTOC, TIP, SOM, FIREARMS or UNCAC.`,
        });
      }
      if (iso3) {
        const outOfScope = await scopeProblem(iso3);
        if (outOfScope) problems.push(outOfScope);
      }
      return {
        stateIso3: iso3,
        input,
        key: problems.length || !iso3 ? null : rowKey({ ...input, stateIso3: iso3, reference }),
        problems,
      };
    };
  }
}

/**
 * The API's own validation of the input, every problem (each column at fault with a message a person can act
 * on). A date that is not one is said once, in the file's words, rather than by each date rule.
 */
async function validateRow(input: Record<string, unknown>): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  const badDate = typeof input.receivedOn !== 'string' || !isCalendarDate(input.receivedOn);
  if (badDate) {
    problems.push({
      field: 'received_on',
      message: `"${String(input.receivedOn)}" is not a date; write it as YYYY-MM-DD, e.g. 2008-06-10.`,
    });
  }
  const dto = plainToInstance(LogAssistanceRequestInput, input);
  for (const error of await validate(dto, { whitelist: true })) {
    if (badDate && error.property === 'receivedOn') continue;
    const field = COLUMN_OF[error.property] ?? error.property;
    for (const message of Object.values(error.constraints ?? { invalid: 'is not valid' })) {
      problems.push({ field, message });
    }
  }
  return problems;
}
