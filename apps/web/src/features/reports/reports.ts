/** Background jobs (reports and imports) answer QUEUED, then RUNNING, then DONE or FAILED. */
export type JobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** How often a page asks again while a job of its own is under way. */
export const POLL_MS = 1000;

export function isFinished(status: string): boolean {
  return status === 'DONE' || status === 'FAILED';
}

/** Poll while any job is waiting or running; stop (0) once none is. */
export function pollIntervalFor(jobs: ReadonlyArray<{ status: string }> | null | undefined): number {
  return jobs?.some((job) => !isFinished(job.status)) ? POLL_MS : 0;
}

/** A progress from the API as a whole percentage the bar can show (0 to 100, 100 once done). */
export function progressPercent(job: { status: string; progress: number }): number {
  if (job.status === 'DONE') return 100;
  if (!Number.isFinite(job.progress)) return 0;
  return Math.min(100, Math.max(0, Math.round(job.progress)));
}

/** A known status for the translations; anything new the API says reads as waiting. */
export function jobStatus(status: string): JobStatus {
  return status === 'RUNNING' || status === 'DONE' || status === 'FAILED' ? status : 'QUEUED';
}
