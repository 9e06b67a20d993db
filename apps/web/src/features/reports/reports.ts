import { REPORT_FORMATS_WITH_FIGURES, sameReport, type ReportIdentity } from '@ta/domain';

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

/** A report that may be compared: finished, and made from kept as-at figures (an XLSX or a PDF). */
export function isComparable(report: { status: string; format: string }): boolean {
  return report.status === 'DONE' && (REPORT_FORMATS_WITH_FIGURES as readonly string[]).includes(report.format);
}

/** Picks a report for comparing, or unpicks it; at most two are kept (a third replaces the earlier pick). */
export function togglePick(picked: readonly string[], id: string): string[] {
  if (picked.includes(id)) return picked.filter((p) => p !== id);
  return [...picked, id].slice(-2);
}

/**
 * The two picked snapshots in order, the earlier as at first (`a` before, `b` after, as compareReports reads them),
 * or why they cannot be compared: fewer than two picked, or not the same report (kind and options, `sameReport`).
 */
export function comparedPair<R extends ReportIdentity & { id: string; asAt: string }>(
  picked: readonly string[],
  reports: readonly R[],
): { a: R; b: R } | 'PICK_TWO' | 'NOT_SAME_REPORT' {
  const chosen = picked.map((id) => reports.find((r) => r.id === id)).filter((r): r is R => !!r);
  if (chosen.length < 2) return 'PICK_TWO';
  const [x, y] = chosen as [R, R];
  if (!sameReport(x, y)) return 'NOT_SAME_REPORT';
  return x.asAt <= y.asAt ? { a: x, b: y } : { a: y, b: x };
}
