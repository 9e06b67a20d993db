import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { loadConfig } from './infra/config/app-config.js';
import { stopGracefullyOnSignals } from './infra/process/graceful-shutdown.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.PORT);
  stopGracefullyOnSignals(app, {
    server: app.getHttpServer(),
    drainMs: config.SHUTDOWN_DRAIN_MS,
    timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  // Always printed (whatever the log level): scripts and tests wait for this line.
  console.log(
    `Listening on http://localhost:${port} (GraphQL at /graphql)${config.WORKERS ? '' : ' without job workers'}`,
  );
}

main().catch((error: unknown) => {
  // Configuration and start-up problems are for the person starting the process: say what is wrong.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
