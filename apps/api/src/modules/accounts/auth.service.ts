import { Inject, Injectable, Logger } from '@nestjs/common';
import { newPasswordRuleBroken, passwordProblem } from '@ta/domain';
import { hash as argon2Hash, verify as argon2Verify, type Algorithm } from '@node-rs/argon2';
import type { Request } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { systemActor, type Actor, type AuthenticatedUser, type RequestAuth } from '../../infra/auth/actor.js';
import { TokenService } from '../../infra/auth/token.service.js';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountsErrorReason, AccountsException } from './accounts.exception.js';
import { AccountsRepository } from './accounts.repository.js';
import type { UserEntity } from './entities/user.entity.js';
import { afterSuccess, minutesUntil, reserveAttempt, throttleKey, type ThrottleKind } from './rules/throttle.js';

export const SESSION_COOKIE = 'ta_session';
/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane). */
const ARGON2 = {
  // Algorithm.Argon2id: the enum is `const` in the typings and empty at run time, so its value is written out.
  algorithm: 2 as Algorithm,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;
const BAD_CREDENTIALS = 'The email or password is not right.';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

/** Sign-in, sessions and passwords. Every outcome is in the audit log, failures included. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  /** Verified against when the email is unknown, so both cases take as long. */
  private readonly dummyHash = argon2Hash('not a real password, only for timing', ARGON2);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AccountsRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  static hashPassword(password: string): Promise<string> {
    return argon2Hash(password, ARGON2);
  }

  async login(email: string, password: string, client: ClientInfo): Promise<SignedIn> {
    const now = new Date();
    const keys = [throttleKey('email', email), ...(client.ip ? [throttleKey('ip', client.ip)] : [])];
    const wait = await this.reserveAttempt(keys, now);
    if (wait) await new Promise((r) => setTimeout(r, wait));

    const user = await this.repository.userWithHashByEmail(email);
    const hash = user?.passwordHash ?? (await this.dummyHash);
    const matches = await argon2Verify(hash, password).catch(() => false);
    if (!user || !user.passwordHash || !matches || !user.active) {
      await this.recordFailure(email, user, client);
      throw new AccountsException(AccountsErrorReason.BAD_CREDENTIALS, BAD_CREDENTIALS);
    }

    return this.dataSource.transaction(async (tx) => {
      await this.takeBackAttempt(tx, keys, now);
      const session = await this.repository.insertSession(tx, {
        userId: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.config.SESSION_TTL * 1000),
        revokedAt: null,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      });
      await this.audit.record(tx, actorOfUser(user, client.requestId), {
        action: 'LOGGED_IN',
        entityType: 'user',
        entityId: user.id,
        after: { sessionId: session.id, ip: client.ip },
      });
      const { token, expiresAt } = await this.tokens.sign({ userId: user.id, sessionId: session.id });
      delete (user as Partial<UserEntity>).passwordHash;
      return { token, expiresAt, user };
    });
  }

  /** Reads the token of a request (Authorization header first, then the cookie) and checks its session. */
  async authenticate(req: Request): Promise<RequestAuth> {
    const token = tokenOf(req);
    if (!token) return { user: null, problem: 'NONE' };
    const check = await this.tokens.verify(token);
    if (!check.ok) return { user: null, problem: 'INVALID' };
    const found = await this.sessionUser(check.claims.userId, check.claims.sessionId);
    if (!found) return { user: null, problem: 'INVALID' };
    if (!found.usable) return { user: null, problem: 'ENDED' };
    if (check.expired) return { user: null, problem: 'EXPIRED' };
    return { user: found.user, problem: 'NONE' };
  }

  /** A new access token for the session of the given one, even if it has expired, while the session lasts. */
  async refresh(req: Request): Promise<SignedIn> {
    const token = tokenOf(req);
    const check = token ? await this.tokens.verify(token) : ({ ok: false } as const);
    const found = check.ok ? await this.sessionUser(check.claims.userId, check.claims.sessionId) : null;
    if (!check.ok || !found || !found.usable) {
      throw new AccountsException(AccountsErrorReason.SESSION_ENDED, 'This session has ended. Sign in again.');
    }
    const { token: fresh, expiresAt } = await this.tokens.sign(check.claims);
    const user = await this.repository.getUser(found.user.id);
    return { token: fresh, expiresAt, user };
  }

  async logout(user: AuthenticatedUser, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.repository.revokeSession(tx, user.sessionId);
      await this.audit.record(tx, actor, {
        action: 'LOGGED_OUT',
        entityType: 'user',
        entityId: user.id,
        after: { sessionId: user.sessionId },
      });
    });
  }

  /**
   * Changes one's own password; every other session of the user ends, and an administrator's choice of password
   * (`mustChangePassword`) is no longer asked to be changed.
   */
  async changePassword(user: AuthenticatedUser, current: string, next: string, actor: Actor): Promise<void> {
    const row = await this.repository.userWithHashById(user.id);
    if (!row.passwordHash || !(await argon2Verify(row.passwordHash, current).catch(() => false))) {
      throw new AccountsException(
        AccountsErrorReason.CURRENT_PASSWORD_WRONG,
        'The current password is not right.',
        'currentPassword',
      );
    }
    if (newPasswordRuleBroken(current, next) === 'UNCHANGED') {
      throw new AccountsException(
        AccountsErrorReason.INVALID_INPUT,
        'The new password must differ from the current one.',
        'newPassword',
      );
    }
    const problem = passwordProblem(next);
    if (problem) throw new AccountsException(AccountsErrorReason.INVALID_INPUT, problem, 'newPassword');
    const hash = await AuthService.hashPassword(next);
    await this.dataSource.transaction(async (tx) => {
      await this.repository.setPasswordHash(tx, user.id, hash, false);
      const ended = await this.repository.endSessions(tx, user.id, user.sessionId);
      await this.audit.record(tx, actor, {
        action: 'PASSWORD_CHANGED',
        entityType: 'user',
        entityId: user.id,
        after: { otherSessionsEnded: ended },
      });
    });
  }

  // ---------------------------------------------------------------- helpers

  private async sessionUser(
    userId: string,
    sessionId: string,
  ): Promise<{ user: AuthenticatedUser; usable: boolean } | null> {
    const found = await this.repository.checkSession(userId, sessionId);
    return found ? { usable: found.usable, user: { ...found.user, sessionId } } : null;
  }

  /**
   * Counts this attempt on the account and the address before its password is checked, one key after the
   * other with the key's row locked, so attempts sent together take turns and no more pass than the limit
   * allows. Refused (and nothing counted) while either is locked; else how long to hold the attempt (ms).
   */
  private reserveAttempt(keys: string[], now: Date): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      let wait = 0;
      for (const key of keys) {
        const verdict = reserveAttempt(kindOf(key), await this.repository.lockThrottle(tx, key, now), now);
        if (!verdict.allowed) {
          // Thrown inside the transaction: the attempt counted on a key before this one is taken back too.
          throw new AccountsException(
            AccountsErrorReason.THROTTLED,
            `Too many failed sign-ins. Try again in ${minutesUntil(verdict.lockedUntil, now)} minute(s).`,
            undefined,
            { retryAfterSeconds: Math.ceil((verdict.lockedUntil.getTime() - now.getTime()) / 1000) },
          );
        }
        await this.repository.saveThrottle(tx, key, verdict.next);
        wait = Math.max(wait, verdict.delayMs);
      }
      return wait;
    });
  }

  /** A successful sign-in: the account starts afresh, the address gets its reserved attempt back. */
  private async takeBackAttempt(tx: EntityManager, keys: string[], now: Date): Promise<void> {
    for (const key of keys) {
      const next = afterSuccess(kindOf(key), await this.repository.lockThrottle(tx, key, now));
      if (next) await this.repository.saveThrottle(tx, key, next);
      else await this.repository.clearThrottle(tx, key);
    }
  }

  /** Logs a failed sign-in (its attempt was counted before the check); kept though sign-in fails. */
  private async recordFailure(email: string, user: UserEntity | null, client: ClientInfo): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.audit.record(
        tx,
        { ...systemActor('anonymous'), requestId: client.requestId },
        {
          action: 'LOGIN_FAILED',
          entityType: 'user',
          entityId: user?.id ?? 'unknown',
          after: { email: email.trim().toLowerCase().slice(0, 200), ip: client.ip },
        },
      );
    });
    this.logger.warn(`Failed sign-in from ${client.ip ?? 'unknown address'}`);
  }
}

function kindOf(key: string): ThrottleKind {
  return key.slice(0, key.indexOf(':')) as ThrottleKind;
}

function tokenOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  return cookies?.[SESSION_COOKIE] ?? null;
}

function actorOfUser(user: UserEntity, requestId: string | null): Actor {
  return {
    userId: user.id,
    label: user.email,
    role: user.role,
    fieldOfficeCode: user.fieldOfficeCode,
    donorId: user.donorId,
    requestId,
  };
}
