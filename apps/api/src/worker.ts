import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { loadConfig } from './infra/config/app-config.js';
import { migrate } from './infra/database/data-source.js';
import { appLogger } from './infra/logging/request-log.js';
import { stopGracefullyOnSignals } from './infra/process/graceful-shutdown.js';
import { QueueWorkers } from './infra/queue/queue-workers.js';

/**
 * `npm run worker`: the background jobs (reports, imports) in a process of their own, beside any number of
 * API processes started with WORKERS=off, on the same DATABASE_URL (and REDIS_URL, when set). No HTTP.
 * SIGTERM lets the running jobs finish (at most SHUTDOWN_TIMEOUT_MS), then exits.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, WORKERS: 'on' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: appLogger(config.LOG_FORMAT ?? 'text', config.LOG_LEVEL ?? 'log'),
  });
  // The same schema as the API's (one process migrates at a time): a worker may start first.
  await migrate(app.get(DataSource));
  await app.init();
  stopGracefullyOnSignals(app, { drainMs: 0, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
  // Always printed (whatever the log level): scripts and tests wait for this line.
  console.log(`Worker running jobs of: ${app.get(QueueWorkers).running.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
