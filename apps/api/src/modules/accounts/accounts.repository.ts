import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../infra/auth/actor.js';
import { afterCommit } from '../../infra/database/after-commit.js';
import { isUuid } from '../../infra/database/ids.js';
import { keysetPage } from '../../infra/database/keyset.js';
import { escapeLike } from '../../infra/database/like.js';
import { lockForUpdate } from '../../infra/database/rows.js';
import type { DomainError } from '../../infra/errors/domain-error.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { LiveEvents, type LiveEvent } from '../../infra/live/live-events.js';
import type { UserFilter } from './dto/user.input.js';
import { SessionEntity } from './entities/session.entity.js';
import { UserEntity } from './entities/user.entity.js';
import type { ThrottleState } from './rules/throttle.js';

/** A session's user, as each request's authentication reads it. */
export interface SessionUserRow {
  user: Omit<AuthenticatedUser, 'sessionId'>;
  /** Whether the session is open (not expired, not revoked) and the account active. */
  usable: boolean;
}

interface ThrottleRow {
  key: string;
  failures: number;
  window_started_at: Date;
  locked_until: Date | null;
}

/**
 * Session checks are reused for SESSION_CHECK_REUSE_MS (config, 2 s): every signed-in request checks its
 * session, and a page of the app sends several requests a second. Every change to a user or a session (sign-out,
 * password change or reset, deactivation, a new role) forgets the checks it makes wrong, in every API process:
 * this one at once and again once the change has committed (a request in between may have read the row as it was),
 * and every process — this one included — when it hears the change's `session` live event, which its transaction
 * sends (PostgreSQL delivers a NOTIFY on commit; Redis: published after it, before the change is answered). A check read while any forgetting
 * happened is answered but not kept, so none read before the commit outlives it.
 */
const SESSION_CHECKS_KEPT = 10_000;

/** What a change to accounts makes stale: every check of a user, or of one session. */
type SessionsChanged = { userId: string } | { sessionId: string };

/** The accounts' SQL: app_user, user_session, login_throttle. */
@Injectable()
export class AccountsRepository implements OnModuleDestroy {
  /** Recent session checks by `session:user`: the answer and when it was read. */
  private readonly sessionChecks = new Map<string, { at: number; found: SessionUserRow | null }>();
  /** How many times checks were forgotten: a check read across a change is not kept. */
  private forgettings = 0;

  private readonly reuseMs: number;
  private readonly stopHearing: () => void;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly live: LiveEvents,
  ) {
    this.reuseMs = config.SESSION_CHECK_REUSE_MS;
    this.stopHearing = live.listen((event) => {
      if (event.topic !== 'session') return;
      for (const id of event.ids) this.forget(event.kind === 'SESSION' ? { sessionId: id } : { userId: id });
    });
  }

  onModuleDestroy(): void {
    this.stopHearing();
  }

  // ---------------------------------------------------------------- users

  /** Accounts by email (case-insensitive), a keyset page of them. */
  @SqlSnapshot([{}, 50, null])
  listUsers(filter: UserFilter, first?: number | null, after?: string | null): Promise<Connection<UserEntity>> {
    const q = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (filter.role?.length) q.andWhere('u.role IN (:...roles)', { roles: filter.role });
    if (filter.active !== undefined && filter.active !== null)
      q.andWhere('u.active = :active', { active: filter.active });
    if (filter.search?.trim()) {
      q.andWhere('(u.email ILIKE :like OR u.display_name ILIKE :like)', {
        like: `%${escapeLike(filter.search.trim())}%`,
      });
    }
    return keysetPage(
      q,
      { expr: 'lower(u.email)', cast: 'text', direction: 'ASC', idExpr: 'u.id', idCast: 'uuid' },
      first,
      after,
    );
  }

  usersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  getUser(id: string, tx: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    return tx.findOneByOrFail(UserEntity, { id });
  }

  async emailTaken(tx: EntityManager, email: string): Promise<boolean> {
    const [taken] = await tx.query(`SELECT 1 FROM app_user WHERE lower(email) = $1`, [email.toLowerCase()]);
    return Boolean(taken);
  }

  /** The account with this email (any case), with its password hash. */
  userWithHashByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** The account with this id, with its password hash. */
  userWithHashById(id: string): Promise<UserEntity> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOneOrFail();
  }

  insertUser(tx: EntityManager, user: Partial<UserEntity>): Promise<UserEntity> {
    return tx.save(tx.create(UserEntity, user));
  }

  lockUser(tx: EntityManager, id: string, notFound: () => DomainError): Promise<UserEntity> {
    return lockForUpdate(tx, UserEntity, id, notFound);
  }

  async updateUser(
    tx: EntityManager,
    id: string,
    changes: Partial<Pick<UserEntity, 'displayName' | 'role' | 'fieldOfficeCode' | 'donorId' | 'active' | 'version'>>,
  ): Promise<void> {
    await this.sessionsChanged(tx, { userId: id });
    await tx.update(UserEntity, { id }, changes);
  }

  /**
   * A new password hash (a new version of the account). `mustChange`: an administrator chose it, so the person is
   * asked to choose their own; false when the person chose it.
   */
  async setPasswordHash(tx: EntityManager, userId: string, hash: string, mustChange: boolean): Promise<void> {
    await this.sessionsChanged(tx, { userId });
    await tx.query(
      `UPDATE app_user SET password_hash = $2, must_change_password = $3, version = version + 1, updated_at = now() WHERE id = $1`,
      [userId, hash, mustChange],
    );
  }

  // ---------------------------------------------------------------- sessions

  insertSession(tx: EntityManager, session: Partial<SessionEntity>): Promise<SessionEntity> {
    return tx.save(tx.create(SessionEntity, session));
  }

  async revokeSession(tx: EntityManager, sessionId: string): Promise<void> {
    await this.sessionsChanged(tx, { sessionId });
    await tx.query(`UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Revokes a user's open sessions (all, or all but one); returns how many ended. */
  async endSessions(tx: EntityManager, userId: string, except?: string): Promise<number> {
    await this.sessionsChanged(tx, { userId });
    const result: [unknown[], number] = await tx.query(
      `UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
      [userId, except ?? null],
    );
    return result[1];
  }

  /**
   * `sessionUser`, reused for SESSION_CHECK_REUSE_MS: what each signed-in request asks before anything else.
   */
  async checkSession(userId: string, sessionId: string): Promise<SessionUserRow | null> {
    const key = `${sessionId}:${userId}`;
    const now = Date.now();
    const kept = this.sessionChecks.get(key);
    if (kept && now - kept.at < this.reuseMs) return kept.found;
    const forgettings = this.forgettings;
    const found = await this.sessionUser(userId, sessionId);
    // Something changed while it was read (this process's change, or another's heard): it may be the row before.
    if (this.reuseMs === 0 || this.forgettings !== forgettings) return found;
    if (this.sessionChecks.size >= SESSION_CHECKS_KEPT) {
      this.forgetSessionChecks((check) => now - check.at >= this.reuseMs);
      if (this.sessionChecks.size >= SESSION_CHECKS_KEPT) this.sessionChecks.clear();
    }
    this.sessionChecks.set(key, { at: now, found });
    return found;
  }

  private forgetSessionChecks(
    which: (check: { at: number; found: SessionUserRow | null }, key: string) => boolean,
  ): void {
    for (const [key, check] of this.sessionChecks) if (which(check, key)) this.sessionChecks.delete(key);
  }

  /** Forgets the checks a change makes stale (keys are `session:user`). */
  private forget(changed: SessionsChanged): void {
    this.forgettings += 1;
    if ('sessionId' in changed) this.forgetSessionChecks((_check, key) => key.startsWith(`${changed.sessionId}:`));
    else this.forgetSessionChecks((_check, key) => key.endsWith(`:${changed.userId}`));
  }

  /**
   * A change to a user or a session in `tx`: this process forgets the checks it makes stale now and again once `tx`
   * has committed, and every process when it hears the change's event (sent in `tx`, so heard on commit only).
   */
  private async sessionsChanged(tx: EntityManager, changed: SessionsChanged): Promise<void> {
    this.forget(changed);
    afterCommit(tx, () => this.forget(changed));
    const event: LiveEvent =
      'sessionId' in changed
        ? { topic: 'session', kind: 'SESSION', ids: [changed.sessionId] }
        : { topic: 'session', kind: 'USER', ids: [changed.userId] };
    await this.live.publish(tx, event);
  }

  /** The user of a session, and whether both still work; null when they do not belong together. */
  @SqlSnapshot([SqlArg.UUID, SqlArg.UUID])
  async sessionUser(userId: string, sessionId: string): Promise<SessionUserRow | null> {
    if (!isUuid(userId) || !isUuid(sessionId)) return null;
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name, u.role, u.field_office_code, u.donor_id, u.active, u.must_change_password,
              s.expires_at > now() AND s.revoked_at IS NULL AS session_open
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND u.id = $2`,
      [sessionId, userId],
    );
    if (!row) return null;
    return {
      usable: Boolean(row.session_open && row.active),
      user: {
        id: row.id,
        email: row.email,
        displayName: row.display_name,
        role: row.role,
        fieldOfficeCode: row.field_office_code,
        donorId: row.donor_id,
        mustChangePassword: Boolean(row.must_change_password),
      },
    };
  }

  // ---------------------------------------------------------------- sign-in throttling

  /**
   * The throttle state of a key, locked for the rest of the transaction, so attempts on one key take turns.
   * A key seen for the first time gets its row (no failures) at once: `SELECT … FOR UPDATE` alone locks
   * nothing when the row is missing, and attempts arriving together would all start from nothing.
   */
  async lockThrottle(tx: EntityManager, key: string, now: Date): Promise<ThrottleState> {
    const [row]: ThrottleRow[] = await tx.query(
      `INSERT INTO login_throttle (key, failures, window_started_at, locked_until) VALUES ($1, 0, $2, NULL)
       ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
       RETURNING key, failures, window_started_at, locked_until`,
      [key, now],
    );
    return toThrottle(row);
  }

  async saveThrottle(tx: EntityManager, key: string, state: ThrottleState): Promise<void> {
    await tx.query(
      `INSERT INTO login_throttle (key, failures, window_started_at, locked_until) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET failures = $2, window_started_at = $3, locked_until = $4`,
      [key, state.failures, state.windowStartedAt, state.lockedUntil],
    );
  }

  async clearThrottle(tx: EntityManager, key: string): Promise<void> {
    await tx.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }
}

function toThrottle(r: ThrottleRow): ThrottleState {
  return { failures: r.failures, windowStartedAt: r.window_started_at, lockedUntil: r.locked_until };
}
