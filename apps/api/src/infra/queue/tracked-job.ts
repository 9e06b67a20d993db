import { WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Role } from '@ta/domain';
import type { Job } from 'bullmq';
import type { Actor } from '../auth/actor.js';

/**
 * The worker options of every tracked job (`@Processor(QUEUE, TRACKED_JOB_WORKER)`): its worker does not start
 * by itself; QueueWorkers starts it in processes that run jobs (WORKERS on, and `npm run worker`), so an API
 * with WORKERS=off only enqueues.
 */
export const TRACKED_JOB_WORKER: { autorun: false; lockDuration?: number; stalledInterval?: number } = {
  autorun: false,
};

/**
 * Applies JOB_STALL_MS to every tracked job's worker (BullMQ reads the decorator's options when it creates the
 * workers, after the queue module's configuration): a job whose worker died is taken up again that much later.
 */
export function configureTrackedJobWorkers(stallMs: number | undefined): void {
  if (stallMs === undefined) {
    delete TRACKED_JOB_WORKER.lockDuration;
    delete TRACKED_JOB_WORKER.stalledInterval;
    return;
  }
  TRACKED_JOB_WORKER.lockDuration = stallMs;
  TRACKED_JOB_WORKER.stalledInterval = stallMs;
}

/** What a tracked job's payload carries: the id of its row in the owning module's table. */
export interface TrackedPayload {
  id: string;
}

/** The row a tracked job works for: who asked (and, when the module keeps it, with which role). */
export interface TrackedRow {
  requestedBy: string;
  /** The role the requester had when asking, when the module keeps it (a report holds what that role saw). */
  roleAtRequest?: Role | null;
}

/**
 * Where a tracked job keeps its status, progress and failure: the owning module's repository, over its own
 * table. Every tracked job writes them the same way: RUNNING with a progress while it works, DONE with its
 * result, FAILED with a reason a person can act on.
 */
export interface JobStatusStore<TRow extends TrackedRow, TResult> {
  /** The row to work for, or null when there is nothing (left) to do: gone, or already done. */
  load(id: string): Promise<TRow | null>;
  progress(id: string, percent: number): Promise<void>;
  done(id: string, result: TResult): Promise<void>;
  fail(id: string, failure: string): Promise<void>;
}

/** The acting user, as the accounts module knows them now. */
export interface JobUser {
  id: string;
  email: string;
  role: Role;
  fieldOfficeCode: string | null;
  donorId: string | null;
}

/** What a tracked job's work receives: its row, the requester's access policy, and how to tell progress. */
export interface TrackedRun<TRow, TPolicy> {
  id: string;
  row: TRow;
  actor: Actor;
  policy: TPolicy;
  /** Writes the progress (0–100) on the row and on the queue's job. */
  progress(percent: number): Promise<void>;
}

/** A failure the job expected (a bad file, …): kept on the row with its message; the queue's job succeeds. */
export class JobRefusal extends Error {}

/**
 * A background job that tracks its status, progress and failure in its own module's table, and acts as the
 * user who asked for it: that user is rebuilt once, from their account row, into an access policy, so the job
 * sees exactly what they may see. A module's job extends this with its queue name (`@Processor(QUEUE)`, the
 * constant and payload type exported beside it), its `store` (its repository), and `run`.
 */
export abstract class TrackedJob<TRow extends TrackedRow, TResult, TPolicy> extends WorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  /** The module's repository, as a status store. */
  protected abstract readonly store: JobStatusStore<TRow, TResult>;

  /** What the row says when the job fails unexpectedly (a person can act on it; the details go to the log). */
  protected abstract readonly failureMessage: string;

  /** The requester's account (through the accounts module's exported service). */
  protected abstract findUser(userId: string): Promise<JobUser | null>;

  /** The access policy of an actor (`AccessPolicies.forActor`). */
  protected abstract policyFor(actor: Actor): TPolicy;

  /** Tells whoever follows the job (a subscription) that its status or progress changed; nothing by default. */
  protected announce(_id: string): Promise<void> {
    return Promise.resolve();
  }

  /** The work itself; its result is written by `store.done`. */
  protected abstract run(work: TrackedRun<TRow, TPolicy>, job: Job<TrackedPayload>): Promise<TResult>;

  async process(job: Job<TrackedPayload>): Promise<TResult | null> {
    const { id } = job.data;
    const row = await this.store.load(id);
    if (!row) return null;
    const user = await this.findUser(row.requestedBy);
    if (!user) {
      await this.store.fail(id, 'The account that asked for this no longer exists.');
      return null;
    }
    const actor: Actor = {
      userId: user.id,
      label: user.email,
      role: row.roleAtRequest ?? user.role,
      fieldOfficeCode: user.fieldOfficeCode,
      donorId: user.donorId,
      requestId: `${job.queueName}:${id}`,
    };
    const progress = async (percent: number) => {
      await this.store.progress(id, percent);
      await this.announce(id);
      await job.updateProgress(percent);
    };
    try {
      const result = await this.run({ id, row, actor, policy: this.policyFor(actor), progress }, job);
      await this.store.done(id, result);
      await this.announce(id);
      return result;
    } catch (error) {
      if (error instanceof JobRefusal) {
        await this.store.fail(id, error.message);
        await this.announce(id);
        return null;
      }
      this.logger.error(`${job.queueName} ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
      await this.store.fail(id, this.failureMessage);
      await this.announce(id);
      throw error;
    }
  }
}
