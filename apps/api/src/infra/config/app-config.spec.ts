import { loadConfig } from './app-config.js';

describe('loadConfig', () => {
  const base = { DATABASE_URL: 'postgres://localhost/ta' };

  it('refuses to start in production without a token secret, naming it', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required in production/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(
      /at least 32 characters/,
    );
    expect(loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).jwtSecretIsEphemeral).toBe(
      false,
    );
  });

  it('makes a secret of its own outside production, and says so', () => {
    const config = loadConfig({ ...base });
    expect(config.jwtSecretIsEphemeral).toBe(true);
    expect(config.JWT_SECRET!.length).toBeGreaterThanOrEqual(32);
  });

  it('names each malformed variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL must be a postgres:\/\/ connection string/,
    );
    expect(() => loadConfig({ ...base, PORT: 'abc' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'staging' })).toThrow(/NODE_ENV must be/);
  });

  it('reads defaults: port 3000, short tokens, a week-long session', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ PORT: 3000, ACCESS_TOKEN_TTL: 900, SESSION_TTL: 604800, SEED_DEMO: false });
  });
});
