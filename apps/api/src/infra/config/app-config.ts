import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { randomBytes } from 'node:crypto';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** Everything the API reads from the environment, validated once at boot. */
export class AppConfig {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection string' })
  DATABASE_URL!: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// connection string' })
  REDIS_URL?: string;

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsIn(['development', 'production', 'test'], { message: 'NODE_ENV must be development, production or test' })
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** Load the demo data from the source document (always on for the embedded database). */
  @Transform(({ value }) => value === '1' || value === 'true' || value === true)
  @IsBoolean()
  SEED_DEMO = false;

  /** Where the built web client lives; served at `/` when present. */
  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  @Transform(({ value }) => (value === undefined || value === '' ? 10 : Number(value)))
  @IsInt()
  @Min(2)
  GRAPHQL_MAX_DEPTH = 10;

  /** Most expensive query accepted: each field costs 1, times the page size of the lists around it. */
  @Transform(({ value }) => (value === undefined || value === '' ? 20000 : Number(value)))
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_COST = 20000;

  /** The use from which a query's document is compiled (graphql-jit; compiled-execution.ts); before, graphql-js. */
  @Transform(({ value }) => (value === undefined || value === '' ? 2 : Number(value)))
  @IsInt()
  @Min(1)
  GRAPHQL_COMPILE_FROM_USE = 2;

  /**
   * Queries Apollo has answered compiled without an error are answered again without its request pipeline
   * (lean-queries.ts); `0` or `false` sends every request through Apollo.
   */
  @Transform(({ value }) => !(value === '0' || value === 'false' || value === false))
  @IsBoolean()
  GRAPHQL_LEAN_QUERIES = true;

  /** Most documents a process compiles in ten seconds (a stream of new documents then runs on graphql-js). */
  @Transform(({ value }) => (value === undefined || value === '' ? 20 : Number(value)))
  @IsInt()
  @Min(0)
  GRAPHQL_COMPILES_PER_10S = 20;

  /** Signs access tokens. Required in production; `npm start` keeps one under .data/ for the embedded database. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`).' })
  JWT_SECRET?: string;

  /** Seconds an access token lasts; the session behind it can renew it (refreshSession). */
  @Transform(({ value }) => (value === undefined || value === '' ? 900 : Number(value)))
  @IsInt()
  @Min(5)
  ACCESS_TOKEN_TTL = 900;

  /** Seconds a session lasts from sign-in, however often its token is refreshed. */
  @Transform(({ value }) => (value === undefined || value === '' ? 7 * 24 * 3600 : Number(value)))
  @IsInt()
  @Min(60)
  SESSION_TTL = 7 * 24 * 3600;

  /** Password of the demo accounts (only created with the demo data). */
  @IsOptional()
  @IsString()
  DEMO_PASSWORD?: string;

  /** Mutations one user (or address, when signed out) may send per minute, per API process. */
  @Transform(({ value }) => (value === undefined || value === '' ? 120 : Number(value)))
  @IsInt()
  @Min(1)
  MUTATIONS_PER_MINUTE = 120;

  /** The programme's years, e.g. "2009,2010,2011": cost lines outside them are refused. */
  @Transform(({ value }) =>
    (value === undefined || value === '' ? '2009,2010,2011' : String(value))
      .split(',')
      .map((y: string) => Number(y.trim())),
  )
  @IsInt({ each: true, message: 'PLAN_YEARS must be years separated by commas, e.g. 2009,2010,2011' })
  PLAN_YEARS: number[] = [2009, 2010, 2011];

  /** Prefix of the job queues' keys (Redis) or names, so several installations can share one server. */
  @IsOptional()
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1 to 40 lowercase letters, digits, - or _.' })
  QUEUE_PREFIX = 'ta';

  /** The reporting organisation's IATI identifier; activities are exported as <ref>-<activity code>. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{3,60}$/, {
    message: 'IATI_ORG_REF must be an IATI organisation identifier such as XM-DAC-41127.',
  })
  IATI_ORG_REF = 'XM-DAC-41127';

  /** Logs as one JSON object per line (`json`, the default in production) or as text for a terminal. */
  @IsOptional()
  @IsIn(['json', 'text'], { message: 'LOG_FORMAT must be json or text' })
  LOG_FORMAT?: 'json' | 'text';

  /** The least severe log written: error, warn, log (one line per request) or debug. Default: warn in tests. */
  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug'], { message: 'LOG_LEVEL must be error, warn, log or debug' })
  LOG_LEVEL?: 'error' | 'warn' | 'log' | 'debug';

  /**
   * Milliseconds a session check is reused (each signed-in request checks its session); a change to a user or a
   * session is seen at once by every API process (its `session` live event). 0: check on every request.
   */
  @Transform(({ value }) => (value === undefined || value === '' ? 2000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(60_000)
  SESSION_CHECK_REUSE_MS = 2000;

  /** Counts each request's SQL statements and answers the count in `x-sql-statements` (the benchmark). */
  @Transform(({ value }) => value === '1' || value === 'true' || value === true)
  @IsBoolean()
  SQL_STATEMENT_COUNT = false;

  /** `off`: this process runs no background jobs, only enqueues them (run `npm run worker` beside it). */
  @Transform(({ value }) => !(value === 'off' || value === '0' || value === 'false' || value === false))
  @IsBoolean()
  WORKERS = true;

  /** Milliseconds a stopping process (SIGTERM) gives in-flight requests and running jobs to finish. */
  @Transform(({ value }) => (value === undefined || value === '' ? 10_000 : Number(value)))
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  /**
   * Milliseconds a stopping API keeps serving (readiness 503, every answer `Connection: close`) before it stops
   * accepting connections, so a load balancer and keep-alive clients move away without a request cut.
   */
  @Transform(({ value }) => (value === undefined || value === '' ? 1000 : Number(value)))
  @IsInt()
  @Min(0)
  SHUTDOWN_DRAIN_MS = 1000;

  /**
   * Milliseconds after which a job whose worker died (kill -9, a crash) is taken up again by another worker: how
   * long a running job's lock lasts without renewal, and how often workers look for such stalled jobs. Default
   * 30000 (BullMQ's). The fault drills lower it to keep them short; a value much below a few seconds risks a slow
   * but living job being taken for dead.
   */
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'JOB_STALL_MS must be a whole number of milliseconds' })
  @Min(1000)
  JOB_STALL_MS?: number;

  /**
   * The mail server e-mail notifications go through, e.g. smtp://user:pass@mail.example.org:587 (smtps:// for TLS).
   * Unset: notifications stay in each person's inbox in the application, and no e-mail is sent.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// address' })
  SMTP_URL?: string;

  /** The sender of e-mail notifications. */
  @IsOptional()
  @IsString()
  MAIL_FROM = 'TA tracker <no-reply@ta-tracker.local>';

  /** The address people open the application at; e-mails link to records under it. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'PUBLIC_URL must be an http:// or https:// address' })
  PUBLIC_URL = 'http://localhost:3000';

  /** Milliseconds between two looks at the e-mail outbox (in processes that run jobs). */
  @Transform(({ value }) => (value === undefined || value === '' ? 2000 : Number(value)))
  @IsInt()
  @Min(50)
  MAIL_POLL_MS = 2000;

  /** Milliseconds before an e-mail the mail server refused is tried again (doubling each time, at most an hour). */
  @Transform(({ value }) => (value === undefined || value === '' ? 30_000 : Number(value)))
  @IsInt()
  @Min(50)
  MAIL_RETRY_MS = 30_000;

  /**
   * Milliseconds between two compactions of the request counts (in processes that run jobs; once at start-up too).
   * 0: never (test apps that count statements, which a compaction in the middle would change).
   */
  @Transform(({ value }) => (value === undefined || value === '' ? 60_000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(86_400_000) // a day; past 2^31 ms a timer would fire at once, and again, without end
  REQUEST_COUNTS_COMPACT_MS = 60_000;

  /** Set when JWT_SECRET was missing and made up for this process. */
  jwtSecretIsEphemeral = false;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const config = plainToInstance(AppConfig, { ...env }, { excludeExtraneousValues: false });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new Error(`Configuration is not valid:\n  - ${lines.join('\n  - ')}`);
  }
  config.LOG_FORMAT ??= config.NODE_ENV === 'production' ? 'json' : 'text';
  config.LOG_LEVEL ??= config.NODE_ENV === 'test' ? 'warn' : 'log';
  if (!config.JWT_SECRET) {
    if (config.NODE_ENV === 'production') {
      throw new Error(
        'Configuration is not valid:\n  - JWT_SECRET is required in production (at least 32 characters).',
      );
    }
    // Outside production a process may make its own; tokens then do not survive a restart or cross processes.
    config.JWT_SECRET = randomBytes(48).toString('base64url');
    config.jwtSecretIsEphemeral = true;
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
