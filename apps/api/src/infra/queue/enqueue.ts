import type { ErrorReason } from '@ta/domain';
import type { JobsOptions, Queue } from 'bullmq';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

/** How long adding a job may take before the queue counts as unreachable (a paused Redis never answers). */
export const ENQUEUE_TIMEOUT_MS = 5_000;

/** The queue did not take the job: nothing was started, and the caller is told so plainly (no internals). */
export class QueueUnavailableError extends DomainError {
  constructor() {
    super(
      ErrorCode.SERVICE_UNAVAILABLE,
      'The job queue is not answering, so nothing was started. Try again in a few minutes.',
      undefined,
      { reason: 'QUEUE_UNAVAILABLE' satisfies ErrorReason },
    );
  }
}

/**
 * Adds a job, or fails within `timeoutMs`: with Redis paused or gone, BullMQ's connection would otherwise wait
 * forever (it retries every command until Redis is back), and so would the person who asked. A job added after
 * the caller was told it failed is taken off the queue again, so it never runs behind their back.
 */
export async function enqueue<T>(
  queue: Queue<T>,
  name: string,
  data: T,
  opts: JobsOptions,
  timeoutMs = ENQUEUE_TIMEOUT_MS,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let gaveUp = false;
  const adding = (
    queue.add as unknown as (n: string, d: T, o: JobsOptions) => Promise<{ remove(): Promise<void> }>
  ).call(queue, name, data, opts);
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueUnavailableError()), timeoutMs);
  });
  try {
    await Promise.race([adding, timeout]);
  } catch (error) {
    gaveUp = true;
    throw error instanceof QueueUnavailableError ? error : new QueueUnavailableError();
  } finally {
    clearTimeout(timer);
    if (gaveUp) adding.then((job) => job.remove()).catch(() => undefined);
  }
}
