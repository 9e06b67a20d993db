import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Res } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { databaseAnswers } from '../database/database-health.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../database/database-unavailable.js';
import { lifecycle } from '../process/graceful-shutdown.js';

/** A queue of its own, on the same connection as the jobs' queues: asking it something proves the connection. */
export const HEALTH_QUEUE = 'health';

const TIMEOUT_MS = 2000;

/**
 * Probes for the platform, public and without sign-in. `live`: the process answers (restart it otherwise).
 * `ready`: it can serve — the database answers and the job queue's connection is up (send it no traffic
 * otherwise); a 503 names what is down. A probe that fails is an answer, not an error to log.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(HEALTH_QUEUE) private readonly queue: Queue,
  ) {}

  @Get('live')
  live(@Res() res: Response): void {
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).json({ status: 'up' });
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const [database, queue] = await Promise.all([databaseAnswers(this.dataSource, TIMEOUT_MS), this.queueAnswers()]);
    const checks = {
      database: database ? 'up' : 'down',
      queue: queue ? 'up' : 'down',
      // A process told to stop keeps finishing its requests, but should be sent no new ones.
      process: lifecycle.stopping ? 'down' : 'up',
    };
    const down = Object.entries(checks)
      .filter(([, state]) => state === 'down')
      .map(([name]) => name);
    res.setHeader('Cache-Control', 'no-store');
    if (down.length) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    res.status(down.length ? 503 : 200).json({ status: down.length ? 'down' : 'up', checks, down });
  }

  private async queueAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.queue.getJobCounts('waiting').then(() => true), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
