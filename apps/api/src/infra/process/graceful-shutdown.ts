import type { Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Whether this process is stopping: readiness then answers 503 and every answer closes its connection. */
export const lifecycle = { stopping: false };

const inFlight = new Set<Response>();

const stoppingHooks = new Set<() => void>();

/** Runs `hook` as soon as the process starts stopping (before it drains): e.g. closing the WebSockets. */
export function whenStopping(hook: () => void): void {
  stoppingHooks.add(hook);
}

/**
 * Keeps the answers in progress, and, once the process is stopping, ends each connection after its answer
 * (`Connection: close`), so no keep-alive client sends a request on a socket about to be closed.
 */
export function drainMiddleware() {
  return (_req: Request, res: Response, next: NextFunction): void => {
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    if (lifecycle.stopping) res.setHeader('Connection', 'close');
    next();
  };
}

export interface ShutdownOptions {
  /** The HTTP server, for an API; a worker has none. */
  server?: Server;
  /** Milliseconds to keep accepting (readiness 503, `Connection: close`) before closing the listener. */
  drainMs: number;
  /** Milliseconds in-flight requests, then running jobs, each have to finish. */
  timeoutMs: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([work.then(() => true), wait(ms).then(() => false)]);
}

/**
 * On SIGTERM (or SIGINT): say so on readiness and keep serving for `drainMs` with every answer closing its
 * connection; stop accepting; let the requests in progress finish (at most `timeoutMs`); then close the
 * application — the job workers finish their running jobs (at most `timeoutMs` again), the database pool
 * and queue connections close — and exit 0. Whatever is still running after that is cut and the exit code
 * is 1 (an unfinished job is picked up again by a worker: BullMQ sees it stalled). A second Ctrl-C exits at once.
 */
export function stopGracefullyOnSignals(app: INestApplicationContext, options: ShutdownOptions): void {
  const logger = new Logger('Shutdown');
  const stop = async (signal: NodeJS.Signals) => {
    if (lifecycle.stopping) {
      // `npm start` forwards a SIGTERM after the terminal's Ctrl-C: only a second Ctrl-C means "now".
      if (signal !== 'SIGINT') return;
      logger.warn(`${signal} again: exiting now.`);
      process.exit(1);
    }
    lifecycle.stopping = true;
    for (const hook of stoppingHooks) {
      try {
        hook();
      } catch (error) {
        logger.warn(`Stopping: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const started = Date.now();
    logger.log(`${signal}: finishing ${inFlight.size} request(s) in progress and running jobs, then exiting.`);
    let clean = true;
    const { server } = options;
    if (server) {
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      await wait(options.drainMs);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (!(await within(closed, options.timeoutMs))) {
        clean = false;
        logger.error(`${inFlight.size} request(s) still running after ${options.timeoutMs} ms: cutting them.`);
        server.closeAllConnections();
      }
    }
    const closedApp = app.close().then(
      () => true,
      (error: unknown) => {
        logger.error(`Closing failed: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      },
    );
    const outcome = await Promise.race([closedApp, wait(options.timeoutMs).then(() => null)]);
    if (outcome !== true) clean = false;
    if (outcome === null) logger.error(`Jobs or connections did not close within ${options.timeoutMs} ms.`);
    logger.log(`Stopped ${clean ? 'cleanly' : 'with work cut'} in ${Date.now() - started} ms.`);
    process.exit(clean ? 0 : 1);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, (s) => void stop(s));
}
