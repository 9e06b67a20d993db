import { Injectable } from '@nestjs/common';
import {
  indicatorValueProblem,
  mayChangeUnit,
  measureBindingProblem,
  type IndicatorUnit,
  type MeasureBindingProblem,
} from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import type { DomainError } from '../../infra/errors/domain-error.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import type { DefineIndicatorInput, DefineResultInput, RecordIndicatorActualInput } from './dto/results.input.js';
import {
  ResultsRepository,
  type ActualRow,
  type IndicatorRow,
  type IndicatorWrite,
  type ResultRow,
} from './results.repository.js';

/** What the demo loader adds beside an input: the paragraph it comes from and a stable key. */
export interface LoadOptions {
  sourceParagraph?: string;
  externalRef?: string;
}

/** The results framework: results (outputs, outcomes) of activities, their indicators and actuals. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ResultsRepository,
    private readonly activities: ProgrammeRepository,
    private readonly audit: AuditService,
  ) {}

  // ---------------------------------------------------------------- reads (batched; the policy decides)

  resultsOf(activityIds: readonly string[], policy: AccessPolicy): Promise<ResultRow[]> {
    if (!policy.mayReadActivityResults()) return Promise.resolve([]);
    return this.repository.resultsOf(activityIds);
  }

  indicatorsOf(resultIds: readonly string[], policy: AccessPolicy): Promise<IndicatorRow[]> {
    if (!policy.mayReadActivityResults()) return Promise.resolve([]);
    return this.repository.indicatorsOf(resultIds);
  }

  actualsOf(indicatorIds: readonly string[], policy: AccessPolicy): Promise<ActualRow[]> {
    if (!policy.mayReadActivityResults()) return Promise.resolve([]);
    return this.repository.actualsOf(indicatorIds);
  }

  // ---------------------------------------------------------------- changes, one transaction each

  /** Adds a result to an activity, or (with id and expectedVersion) changes one. */
  defineResult(input: DefineResultInput, policy: AccessPolicy, options: LoadOptions = {}): Promise<ResultRow> {
    policy.assertMayPlanResults();
    const actor = policy.actorOrFail;
    const title = input.title.trim();
    if (!title) throw badInput('title cannot be blank.', 'title');
    if (input.id) {
      return this.dataSource.transaction(async (tx) => {
        if (input.expectedVersion == null)
          throw badInput('Changing a result needs the version you read (expectedVersion).', 'expectedVersion');
        const result = await this.repository.lockResult(input.id!, tx);
        if (!result) throw notFound('result', input.id!);
        if (result.version !== input.expectedVersion) throw stale('result', input.expectedVersion, result.version);
        await this.repository.updateResult(result.id, result.version, { type: input.type, title }, tx);
        await this.audit.record(tx, actor, {
          action: 'UPDATED',
          entityType: 'activity_result',
          entityId: result.id,
          before: { type: result.type, title: result.title, version: result.version },
          after: { type: input.type, title, version: result.version + 1 },
        });
        return (await this.repository.resultById(result.id, tx))!;
      });
    }
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'defineResult', input),
      async (tx) => {
        if (!input.activityId) throw badInput('A new result needs its activity (activityId).', 'activityId');
        // The activity's row lock keeps its results in order when two are added at once.
        await this.activities.lock(input.activityId, tx, 'activityId');
        const id = await this.repository.insertResult(
          {
            activityId: input.activityId,
            type: input.type,
            title,
            sourceParagraph: options.sourceParagraph ?? null,
            externalRef: options.externalRef ?? null,
          },
          tx,
        );
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'activity_result',
          entityId: id,
          after: { activityId: input.activityId, type: input.type, title },
        });
        return (await this.repository.resultById(id, tx))!;
      },
      (r) => r.id,
      (id) => this.repository.resultById(id),
    );
  }

  /** Adds an indicator to a result, or (with id and expectedVersion) changes one. */
  defineIndicator(input: DefineIndicatorInput, policy: AccessPolicy, options: LoadOptions = {}): Promise<IndicatorRow> {
    policy.assertMayPlanResults();
    const actor = policy.actorOrFail;
    const values = checkIndicator(input);
    if (input.id) {
      return this.dataSource.transaction(async (tx) => {
        if (input.expectedVersion == null)
          throw badInput('Changing an indicator needs the version you read (expectedVersion).', 'expectedVersion');
        const indicator = await this.repository.lockIndicator(input.id!, tx);
        if (!indicator) throw notFound('indicator', input.id!);
        if (indicator.version !== input.expectedVersion)
          throw stale('indicator', input.expectedVersion, indicator.version);
        await this.checkBinding(indicator.id, values, tx);
        await this.checkUnit(indicator, values, tx);
        await this.repository.updateIndicator(indicator.id, indicator.version, values, tx);
        await this.audit.record(tx, actor, {
          action: 'UPDATED',
          entityType: 'result_indicator',
          entityId: indicator.id,
          before: { ...pickWrite(indicator), version: indicator.version },
          after: { ...values, version: indicator.version + 1 },
        });
        return (await this.repository.indicatorById(indicator.id, tx))!;
      });
    }
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'defineIndicator', input),
      async (tx) => {
        if (!input.resultId) throw badInput('A new indicator needs its result (resultId).', 'resultId');
        const result = await this.repository.lockResult(input.resultId, tx);
        if (!result) throw notFound('result', input.resultId, 'resultId');
        const id = await this.repository.insertIndicator(
          result.id,
          { ...values, sourceParagraph: options.sourceParagraph ?? null, externalRef: options.externalRef ?? null },
          tx,
        );
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'result_indicator',
          entityId: id,
          after: { resultId: result.id, ...values },
        });
        return (await this.repository.indicatorById(id, tx))!;
      },
      (i) => i.id,
      (id) => this.repository.indicatorById(id),
    );
  }

  /**
   * Records an indicator's actual for a year from one source (a report, a State's update, a workshop outcome
   * named by its workshop's id), replacing what the same source said for that year. An indicator bound to an
   * outcome measure takes its actuals from the recorded outcomes only.
   */
  recordActual(input: RecordIndicatorActualInput, policy: AccessPolicy): Promise<IndicatorRow> {
    policy.assertMayPlanResults();
    const actor = policy.actorOrFail;
    const sourceRef = input.sourceRef.trim();
    if (!sourceRef) throw badInput('sourceRef cannot be blank: name the report, update or outcome.', 'sourceRef');
    // With a key, a retry after a lost answer answers the indicator as it is, not a CONFLICT on its moved version.
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'recordIndicatorActual', input),
      async (tx) => {
        const indicator = await this.repository.lockIndicator(input.indicatorId, tx);
        if (!indicator) throw notFound('indicator', input.indicatorId, 'indicatorId');
        if (indicator.version !== input.expectedVersion)
          throw stale('indicator', input.expectedVersion, indicator.version);
        if (indicator.measure) {
          throw badInput(
            `This indicator is computed from the workshop outcomes recorded (${indicator.measure}); record the outcome instead.`,
            'indicatorId',
          );
        }
        const value = checkValue(indicator.unit, input.value, 'value');
        const { before } = await this.repository.upsertActual(
          {
            indicatorId: indicator.id,
            year: input.year,
            value,
            source: input.source,
            sourceRef,
            note: input.note?.trim() || null,
            recordedBy: actor.label,
            recordedById: actor.userId,
          },
          tx,
        );
        await this.audit.record(tx, actor, {
          action: 'UPDATED',
          entityType: 'result_indicator',
          entityId: indicator.id,
          before: {
            actual: before === null ? null : { year: input.year, value: before, source: input.source, sourceRef },
          },
          after: { actual: { year: input.year, value, source: input.source, sourceRef } },
        });
        return (await this.repository.indicatorById(indicator.id, tx))!;
      },
      (i) => i.id,
      (id) => this.repository.indicatorById(id),
    );
  }

  /**
   * A new unit would reinterpret the actuals recorded by hand: refused while there are some (the indicator's row
   * lock, which recording an actual also takes, keeps one from arriving meanwhile).
   */
  private async checkUnit(indicator: IndicatorRow, values: IndicatorWrite, tx: EntityManager): Promise<void> {
    if (values.unit === indicator.unit) return;
    if (!mayChangeUnit(await this.repository.hasRecordedActuals(indicator.id, tx))) {
      throw badInput(
        `This indicator has actuals recorded in ${indicator.unit}; its unit cannot change to ${values.unit}, ` +
          'which would reinterpret them. Add a new indicator for the other unit.',
        'unit',
        'UNIT_HAS_ACTUALS',
        { unit: indicator.unit },
      );
    }
  }

  /** A binding to an outcome measure, judged by the rule of @ta/domain on the indicator's actuals as read. */
  private async checkBinding(indicatorId: string, values: IndicatorWrite, tx: EntityManager): Promise<void> {
    if (!values.measure) return;
    const hasRecordedActuals = await this.repository.hasRecordedActuals(indicatorId, tx);
    const problem = measureBindingProblem({ unit: values.unit, hasRecordedActuals });
    if (problem) throw bindingRefused(problem);
  }
}

function bindingRefused(problem: MeasureBindingProblem): DomainError {
  switch (problem) {
    case 'RECORDED_ACTUALS':
      return badInput(
        'This indicator has actuals recorded by hand; it cannot also be computed from workshop outcomes.',
        'measure',
      );
    case 'UNIT_NOT_NUMBER':
      return badInput('Only a NUMBER indicator can be computed from workshop outcomes (measure).', 'measure');
  }
}

/** An indicator's fields, checked against its unit (each problem names its field). */
function checkIndicator(input: DefineIndicatorInput): IndicatorWrite {
  const title = input.title.trim();
  if (!title) throw badInput('title cannot be blank.', 'title');
  // The unit alone, before anything is read (a new indicator has no actuals); an edit's are judged once read.
  const problem = input.measure ? measureBindingProblem({ unit: input.unit, hasRecordedActuals: false }) : null;
  if (problem) throw bindingRefused(problem);
  return {
    title,
    unit: input.unit,
    baseline: input.baseline == null ? null : checkValue(input.unit, input.baseline, 'baseline'),
    baselineYear: input.baselineYear ?? null,
    target: input.target == null ? null : checkValue(input.unit, input.target, 'target'),
    targetYear: input.targetYear ?? null,
    measure: input.measure ?? null,
    illustrative: input.illustrative ?? false,
  };
}

function checkValue(unit: IndicatorUnit, raw: string, field: string): string {
  const value = raw.trim();
  const problem = indicatorValueProblem(unit, value);
  if (problem === 'format')
    throw badInput(`${field} must be a number of at least 0 with at most two decimals, e.g. "12.5".`, field);
  if (problem === 'percentage') throw badInput(`${field} is a percentage: at most 100.`, field);
  if (problem === 'yesNo') throw badInput(`${field} is yes or no: 1 or 0.`, field);
  return value;
}

function pickWrite(i: IndicatorRow): IndicatorWrite {
  return {
    title: i.title,
    unit: i.unit,
    baseline: i.baseline,
    baselineYear: i.baselineYear,
    target: i.target,
    targetYear: i.targetYear,
    measure: i.measure,
    illustrative: i.illustrative,
  };
}
