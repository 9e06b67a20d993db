import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { passwordProblem } from '@ta/domain';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module.js';
import { systemActor } from '../infra/auth/actor.js';
import { loadConfig } from '../infra/config/app-config.js';
import { migrate } from '../infra/database/data-source.js';
import { UsersService } from '../modules/accounts/users.service.js';
import { ReferenceService } from '../modules/reference/reference.service.js';

/**
 * `npm run create-admin -- --email ana@unodc.org --name "Ana Pérez"`: the first administrator of an
 * installation on its own PostgreSQL (DATABASE_URL). The password comes from ADMIN_PASSWORD or is asked for.
 * There is no default password anywhere.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!process.env.DATABASE_URL) {
    throw new Error(
      'Set DATABASE_URL to the server to create the administrator on. (The embedded demo database already has admin@demo.local.)',
    );
  }
  if (!values.email)
    throw new Error(
      'Give the administrator’s email: npm run create-admin -- --email someone@example.org --name "Their Name"',
    );
  const password = process.env.ADMIN_PASSWORD ?? (await ask(`Password for ${values.email}: `));
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);

  const config = loadConfig({
    ...process.env,
    SEED_DEMO: '0',
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    JWT_SECRET: 'x'.repeat(32),
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    await migrate(app.get(DataSource));
    await app.get(ReferenceService).sync();
    const user = await app.get(UsersService).create(
      { email: values.email, displayName: values.name ?? values.email, role: 'ADMIN', password },
      systemActor('create-admin command'),
      // Typed by the administrator themselves: not to be changed at their first sign-in.
      { ownPassword: true },
    );
    console.log(`Created administrator ${user.email} (${user.id}).`);
  } finally {
    await app.close();
  }
}

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('Set ADMIN_PASSWORD (no terminal to ask on).');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
