import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { QueueBase, type Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../database/database-unavailable.js';
import { lifecycle } from '../process/graceful-shutdown.js';

/**
 * Starts the job workers (created stopped, see TRACKED_JOB_WORKER) in a process that runs jobs: the API unless
 * WORKERS=off, and `npm run worker`. Closing the application closes them, after their running jobs finish.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger('QueueWorkers');
  /** The queues this process works for (empty when WORKERS=off). */
  readonly running: string[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // A queue or worker that loses its connection says so in one line (at most every 10 s), instead of BullMQ
    // printing the whole error object; it reconnects by itself.
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      const emitter =
        instance instanceof WorkerHost ? instance.worker : instance instanceof QueueBase ? instance : null;
      if (!emitter) continue;
      let lastWarned = 0;
      emitter.on('error', (error: Error) => {
        if (instance instanceof WorkerHost) this.backOff(instance.worker);
        if (Date.now() - lastWarned < 10_000) return;
        lastWarned = Date.now();
        this.logger.warn(`The ${emitter.name} queue's connection failed: ${error.message}. Retrying.`);
      });
    }
    if (!this.config.WORKERS) {
      this.logger.log('WORKERS=off: jobs are enqueued here and run by `npm run worker`.');
      return;
    }
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!(instance instanceof WorkerHost)) continue;
      const worker = instance.worker;
      if (worker.isRunning()) continue;
      this.running.push(worker.name);
      worker.run().catch((error: unknown) => {
        this.logger.error(
          `The ${worker.name} worker stopped: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
    }
    this.logger.log(`Running jobs of: ${this.running.join(', ')}`);
  }

  private readonly backingOff = new Set<Worker>();

  /**
   * A worker whose connection fails (the database stopped) asks again at once, in a loop that starves the
   * process (HTTP answers included): pause it, without waiting for its running job, and resume it a few seconds
   * later — again and again until the database is back.
   */
  private backOff(worker: Worker): void {
    if (this.backingOff.has(worker) || lifecycle.stopping || worker.closing || !worker.isRunning()) return;
    this.backingOff.add(worker);
    void worker.pause(true).finally(() => {
      setTimeout(() => {
        this.backingOff.delete(worker);
        if (!lifecycle.stopping && !worker.closing) void worker.resume();
      }, DATABASE_RETRY_AFTER_SECONDS * 1000).unref();
    });
  }
}
