import { createHash } from 'node:crypto';
import { isIdempotencyKey } from '@ta/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

/** Who sends a create with which key, for which operation, with what content (the key itself left out). */
export interface IdempotencyClaim {
  actorId: string | null;
  operation: string;
  key: string | null | undefined;
  input: unknown;
}

/** A claim for `operation`, taking the key from the input's `idempotencyKey` unless one is given. */
export function idempotencyClaim(
  actor: { userId: string | null },
  operation: string,
  input: object,
  key: string | null | undefined = (input as { idempotencyKey?: string }).idempotencyKey,
): IdempotencyClaim {
  return { actorId: actor.userId, operation, key, input };
}

/** JSON with object keys sorted, so the same content always hashes the same whatever order its fields came in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => k !== 'idempotencyKey' && (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function idempotencyHash(operation: string, input: unknown): string {
  return createHash('sha256')
    .update(`${operation}\n${JSON.stringify(canonical(input))}`)
    .digest('hex');
}

const BUSY = Symbol('busy');
type Outcome<T> = typeof BUSY | { replayId: string } | { created: T };
const WAIT_LIMIT_MS = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a create once per idempotency key (the one mechanism for every create without a key of its own):
 * `create` runs in a transaction that also records (actor, key, operation, hash of the input, id created).
 * Sent again by the same actor with the same key and content, it answers what the first created (`replay`),
 * creating nothing; with the same key and other content (or for another operation), it is refused with
 * CONFLICT / IDEMPOTENCY_KEY_REUSED. Without a key, `create` simply runs in a transaction.
 *
 * Concurrent duplicates take turns on a transaction-level advisory lock named after actor and key; one that
 * finds the lock held gives its connection back and tries again shortly, so twenty duplicates never hold the
 * pool's connections while waiting (the create itself may need a second connection).
 */
export async function createOnce<T>(
  dataSource: DataSource,
  claim: IdempotencyClaim,
  create: (tx: EntityManager) => Promise<T>,
  idOf: (created: T) => string,
  replay: (id: string) => Promise<T | null>,
): Promise<T> {
  const { key, operation } = claim;
  if (key == null) return dataSource.transaction(create);
  if (!isIdempotencyKey(key)) {
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      'idempotencyKey must be 8 to 100 letters, digits, "_" or "-" (e.g. a UUID).',
      'idempotencyKey',
      { reason: 'INVALID_INPUT' },
    );
  }
  const actorId = claim.actorId ?? 'system';
  const hash = idempotencyHash(operation, claim.input);
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    const outcome = await dataSource.transaction(async (tx): Promise<Outcome<T>> => {
      const [{ locked }]: Array<{ locked: boolean }> = await tx.query(
        `SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`,
        [`idempotency:${actorId}:${key}`],
      );
      if (!locked) return BUSY;
      const [seen]: Array<{ operation: string; request_hash: string; result_id: string }> = await tx.query(
        `SELECT operation, request_hash, result_id FROM idempotency_key WHERE actor_id = $1 AND key = $2`,
        [actorId, key],
      );
      if (seen) {
        if (seen.operation !== operation || seen.request_hash !== hash) {
          throw new DomainError(
            ErrorCode.CONFLICT,
            'This idempotency key was already used for something else. Use a new key for a new submission.',
            'idempotencyKey',
            { reason: 'IDEMPOTENCY_KEY_REUSED' },
          );
        }
        return { replayId: seen.result_id };
      }
      const created = await create(tx);
      await tx.query(
        `INSERT INTO idempotency_key (actor_id, key, operation, request_hash, result_id) VALUES ($1, $2, $3, $4, $5)`,
        [actorId, key, operation, hash, idOf(created)],
      );
      return { created };
    });
    if (outcome === BUSY) {
      if (Date.now() - started > WAIT_LIMIT_MS) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'The same submission is still being recorded; try again in a moment.',
          'idempotencyKey',
          { reason: 'IDEMPOTENCY_KEY_REUSED' },
        );
      }
      await sleep(Math.min(20 + attempt * 10, 200) + Math.random() * 20);
      continue;
    }
    if ('created' in outcome) return outcome.created;
    const again = await replay(outcome.replayId);
    if (again === null) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'What was first created with this idempotency key has since been removed. Use a new key to create it again.',
        'idempotencyKey',
        { reason: 'IDEMPOTENCY_KEY_REUSED' },
      );
    }
    return again;
  }
}

/**
 * Lets a key be used again after what it created could not be started (e.g. a job the queue did not take):
 * the same submission, sent again with the same key, then creates anew instead of answering the failure.
 */
export async function releaseIdempotencyKey(dataSource: DataSource, claim: IdempotencyClaim): Promise<void> {
  if (claim.key == null) return;
  await dataSource.query(`DELETE FROM idempotency_key WHERE actor_id = $1 AND key = $2 AND operation = $3`, [
    claim.actorId ?? 'system',
    claim.key,
    claim.operation,
  ]);
}
