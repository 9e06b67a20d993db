import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const config = plainToInstance(AppConfig, { ...env }, { excludeExtraneousValues: false });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new Error(`Configuration is not valid:\n  - ${lines.join('\n  - ')}`);
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
