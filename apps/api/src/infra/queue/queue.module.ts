import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { QueueWorkers } from './queue-workers.js';
import { configureTrackedJobWorkers } from './tracked-job.js';

/**
 * Job queues (BullMQ). On PostgreSQL by default — the same server as the data, so `npm start` needs
 * nothing else — and on Redis when REDIS_URL is set (BullMQ's most tested path, for scaling out).
 */
export function queueConnection(config: AppConfig): Record<string, unknown> {
  if (config.REDIS_URL) {
    setDefaultBackendFactory(); // back to BullMQ's own (Redis) backend, in case this process used PostgreSQL before
    const url = new URL(config.REDIS_URL);
    return {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username || undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      maxRetriesPerRequest: null,
    };
  }
  // Process-wide: makes @Processor, @InjectQueue and QueueEvents use PostgreSQL (schema "bullmq").
  setDefaultBackendFactory(createPostgresBackend);
  return { connectionString: config.DATABASE_URL, migrate: true, max: 4 };
}

@Module({
  imports: [
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      // The PostgreSQL options travel where BullMQ's types expect Redis options.
      useFactory: (config: AppConfig) => {
        configureTrackedJobWorkers(config.JOB_STALL_MS);
        return { connection: queueConnection(config) as never, prefix: config.QUEUE_PREFIX };
      },
    }),
  ],
  providers: [QueueWorkers],
  exports: [BullModule, QueueWorkers],
})
export class QueueModule {}
