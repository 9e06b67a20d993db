import { Injectable } from '@nestjs/common';
import { passwordProblem } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { pageSize, decodeCursor, encodeCursor, type Connection } from '../../infra/graphql/pagination.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { escapeLike } from '../reference/reference.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AccountsErrorReason, AccountsException } from './accounts.exception.js';
import { AuthService, endSessions } from './auth.service.js';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './dto/user.input.js';
import { UserEntity } from './entities/user.entity.js';
import { isUuid } from '../../infra/database/ids.js';

/** What the audit log keeps of a user: never the password hash. */
function auditView(u: UserEntity) {
  return {
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    fieldOfficeCode: u.fieldOfficeCode,
    donorId: u.donorId,
    active: u.active,
  };
}

/** Administrators manage accounts: create, change role and scope, deactivate (ending sessions at once). */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(filter: UserFilter = {}, first?: number | null, after?: string | null): Promise<Connection<UserEntity>> {
    const limit = pageSize(first);
    const q = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (filter.role?.length) q.andWhere('u.role IN (:...roles)', { roles: filter.role });
    if (filter.active !== undefined && filter.active !== null) q.andWhere('u.active = :active', { active: filter.active });
    if (filter.search?.trim()) {
      q.andWhere('(u.email ILIKE :like OR u.display_name ILIKE :like)', { like: `%${escapeLike(filter.search.trim())}%` });
    }
    const totalCount = await q.clone().getCount();
    if (after) {
      const [email, id] = decodeCursor(after, 2);
      if (typeof email !== 'string' || typeof id !== 'string' || !isUuid(id)) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The "after" cursor is not one this list gave out.', 'after');
      }
      q.andWhere('(lower(u.email), u.id) > (:email, CAST(:id AS uuid))', { email, id });
    }
    const rows = await q.orderBy('lower(u.email)', 'ASC').addOrderBy('u.id', 'ASC').limit(limit + 1).getMany();
    const nodes = rows.slice(0, limit);
    const last = nodes.at(-1);
    return {
      totalCount,
      nodes,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.email.toLowerCase(), last.id]) : null },
    };
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource.getRepository(UserEntity).createQueryBuilder('u').where('u.id IN (:...ids)', { ids: valid }).getMany();
  }

  create(input: CreateUserInput, actor: Actor, options: { passwordHash?: string } = {}): Promise<UserEntity> {
    return this.dataSource.transaction(async (tx) => {
      const problem = options.passwordHash ? null : passwordProblem(input.password);
      if (problem) throw new AccountsException(AccountsErrorReason.INVALID_INPUT, problem, 'password');
      const email = input.email.trim().toLowerCase();
      const [taken] = await tx.query(`SELECT 1 FROM app_user WHERE lower(email) = $1`, [email]);
      if (taken) throw new AccountsException(AccountsErrorReason.EMAIL_TAKEN, `There is already an account for ${email}.`, 'email');
      const scope = await checkScope(tx, input.role, input.fieldOfficeCode ?? null, input.donorId ?? null);
      const user = await tx.save(
        tx.create(UserEntity, {
          email,
          displayName: input.displayName.trim(),
          role: input.role,
          ...scope,
          passwordHash: options.passwordHash ?? (await AuthService.hashPassword(input.password)),
          active: true,
          version: 1,
        }),
      );
      await this.audit.record(tx, actor, { action: 'CREATED', entityType: 'user', entityId: user.id, after: auditView(user) });
      delete (user as Partial<UserEntity>).passwordHash;
      return user;
    });
  }

  update(id: string, expectedVersion: number, input: UpdateUserInput, actor: Actor): Promise<UserEntity> {
    return this.dataSource.transaction(async (tx) => {
      const user = await lockUser(tx, id);
      if (user.version !== expectedVersion) throw stale(id, expectedVersion, user.version);
      const role = input.role ?? user.role;
      const scope = await checkScope(
        tx,
        role,
        input.fieldOfficeCode !== undefined ? input.fieldOfficeCode : role === 'FIELD_OFFICE' ? user.fieldOfficeCode : null,
        input.donorId !== undefined ? input.donorId : role === 'DONOR' ? user.donorId : null,
      );
      if (user.id === actor.userId && role !== user.role) {
        throw new AccountsException(AccountsErrorReason.NOT_ALLOWED, 'You cannot change your own role; ask another administrator.', 'role');
      }
      const next = { ...user, displayName: input.displayName?.trim() ?? user.displayName, role, ...scope };
      await tx.update(UserEntity, { id }, {
        displayName: next.displayName,
        role: next.role,
        fieldOfficeCode: next.fieldOfficeCode,
        donorId: next.donorId,
        version: user.version + 1,
      });
      const scopeChanged =
        next.role !== user.role || next.fieldOfficeCode !== user.fieldOfficeCode || next.donorId !== user.donorId;
      await this.audit.record(tx, actor, {
        action: scopeChanged ? 'ROLE_CHANGED' : 'UPDATED',
        entityType: 'user',
        entityId: id,
        before: auditView(user),
        after: auditView(next),
      });
      return tx.findOneByOrFail(UserEntity, { id });
    });
  }

  setActive(id: string, expectedVersion: number, active: boolean, actor: Actor): Promise<UserEntity> {
    return this.dataSource.transaction(async (tx) => {
      const user = await lockUser(tx, id);
      if (user.version !== expectedVersion) throw stale(id, expectedVersion, user.version);
      if (!active && user.id === actor.userId) {
        throw new AccountsException(AccountsErrorReason.NOT_ALLOWED, 'You cannot deactivate your own account.', 'id');
      }
      await tx.update(UserEntity, { id }, { active, version: user.version + 1 });
      const ended = active ? 0 : await endSessions(tx, id);
      await this.audit.record(tx, actor, {
        action: active ? 'REACTIVATED' : 'DEACTIVATED',
        entityType: 'user',
        entityId: id,
        before: { active: user.active },
        after: { active, ...(active ? {} : { sessionsEnded: ended }) },
      });
      return tx.findOneByOrFail(UserEntity, { id });
    });
  }
}

async function lockUser(tx: EntityManager, id: string): Promise<UserEntity> {
  const user = isUuid(id)
    ? await tx.getRepository(UserEntity).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne()
    : null;
  if (!user) throw new AccountsException(AccountsErrorReason.USER_NOT_FOUND, `There is no user with id ${id}.`, 'id');
  return user;
}

function stale(id: string, expected: number, current: number): AccountsException {
  return new AccountsException(
    AccountsErrorReason.STALE_VERSION,
    `User ${id} was changed by someone else (version ${current}; you had ${expected}). Reload and try again.`,
    'expectedVersion',
    { currentVersion: current },
  );
}

/** A FIELD_OFFICE user needs an office and a DONOR user a donor; no other role has either. */
async function checkScope(
  tx: EntityManager,
  role: string,
  fieldOfficeCode: string | null,
  donorId: string | null,
): Promise<{ fieldOfficeCode: string | null; donorId: string | null }> {
  if (role === 'FIELD_OFFICE') {
    if (!fieldOfficeCode) {
      throw new AccountsException(AccountsErrorReason.INVALID_INPUT, 'A FIELD_OFFICE user needs a fieldOfficeCode.', 'fieldOfficeCode');
    }
    const [office] = await tx.query(`SELECT 1 FROM field_office WHERE code = $1`, [fieldOfficeCode]);
    if (!office) {
      throw new AccountsException(AccountsErrorReason.INVALID_INPUT, `There is no field office "${fieldOfficeCode}".`, 'fieldOfficeCode');
    }
    return { fieldOfficeCode, donorId: null };
  }
  if (role === 'DONOR') {
    if (!donorId) throw new AccountsException(AccountsErrorReason.INVALID_INPUT, 'A DONOR user needs a donorId.', 'donorId');
    const [donor] = await tx.query(`SELECT 1 FROM donor WHERE id = $1`, [donorId]);
    if (!donor) throw new AccountsException(AccountsErrorReason.INVALID_INPUT, `There is no donor ${donorId}.`, 'donorId');
    return { fieldOfficeCode: null, donorId };
  }
  return { fieldOfficeCode: null, donorId: null };
}
