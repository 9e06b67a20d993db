/**
 * A fixed-window counter of mutations per key (user, or address when signed out), per API process.
 * Sign-in has its own, shared, throttle in the database; this one only keeps a runaway client in check.
 */
export class MutationRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one mutation; returns the seconds to wait when over the limit, else 0. */
  take(key: string): number {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= 60_000) {
      this.windows.set(key, { startedAt: now, count: 1 });
      if (this.windows.size > 10_000) this.sweep(now);
      return 0;
    }
    window.count += 1;
    return window.count > this.perMinute ? Math.ceil((window.startedAt + 60_000 - now) / 1000) : 0;
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.startedAt >= 60_000) this.windows.delete(key);
  }
}
