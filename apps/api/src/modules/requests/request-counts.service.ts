import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { lifecycle } from '../../infra/process/graceful-shutdown.js';
import { RequestsRepository } from './requests.repository.js';

/**
 * Keeps `request_count` small (in processes that run jobs): every writing statement adds its own delta rows (see
 * migration 1764378100000), which the list's total sums; at start-up and then every REQUEST_COUNTS_COMPACT_MS (a
 * minute), each State and status's rows are summed into one. Several processes may do it at once: the database
 * lets one through and the others skip. A failure only leaves more rows to sum until the next round.
 */
@Injectable()
export class RequestCountsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RequestCounts');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private lastWarned = 0;

  constructor(
    private readonly repository: RequestsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Every REQUEST_COUNTS_COMPACT_MS (a minute: each write adds a row or two, so a minute's worth stays small).
    if (!this.config.WORKERS || this.config.REQUEST_COUNTS_COMPACT_MS === 0) return;
    // Once now, not awaited (start-up goes on; a failure is logged like the timer's): a process started after a
    // pause, or a burst of writes, does not leave the rows to pile up for its first minute.
    void this.compact();
    this.timer = setInterval(() => void this.compact(), this.config.REQUEST_COUNTS_COMPACT_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One round, unless the process is stopping; while one runs, that one (answered for tests to wait on). */
  compact(): Promise<void> {
    if (this.running) return this.running;
    if (lifecycle.stopping) return Promise.resolve();
    return (this.running = this.repository
      .compactCounts()
      .then(() => undefined)
      .catch((error: unknown) => {
        if (Date.now() - this.lastWarned < 600_000) return;
        this.lastWarned = Date.now();
        this.logger.warn(
          `The request counts could not be compacted: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        this.running = null;
      }));
  }
}
