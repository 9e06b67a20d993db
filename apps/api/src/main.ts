import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { loadConfig } from './infra/config/app-config.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.PORT);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  // Always printed (whatever the log level): scripts and tests wait for this line.
  console.log(`Listening on http://localhost:${port} (GraphQL at /graphql)`);
}

main().catch((error: unknown) => {
  // Configuration and start-up problems are for the person starting the process: say what is wrong.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
