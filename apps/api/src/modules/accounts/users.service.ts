import { Injectable } from '@nestjs/common';
import { passwordProblem, scopeFieldOf, scopeProblem, type Role } from '@ta/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AuditService } from '../audit/audit.service.js';
import { DonorsService } from '../donors/donors.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AccountsErrorReason, AccountsException } from './accounts.exception.js';
import { AccountsRepository } from './accounts.repository.js';
import { AuthService } from './auth.service.js';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './dto/user.input.js';
import type { UserEntity } from './entities/user.entity.js';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';

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

/**
 * Administrators manage accounts: create, change role and scope, set a new password for someone who forgot theirs,
 * deactivate (ending sessions at once).
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AccountsRepository,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly donors: DonorsService,
  ) {}

  list(filter: UserFilter = {}, first?: number | null, after?: string | null): Promise<Connection<UserEntity>> {
    return this.repository.listUsers(filter, first, after);
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.repository.usersByIds(ids);
  }

  /**
   * A new account. Its first password is the administrator's choice, so the person is asked to choose their own
   * (`mustChangePassword`), unless `ownPassword`: the person chose it (the create-admin command asks them) or it is a
   * demo account's.
   */
  create(
    input: CreateUserInput,
    actor: Actor,
    options: { passwordHash?: string; ownPassword?: boolean } = {},
  ): Promise<UserEntity> {
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'createUser', { ...input, password: undefined }),
      async (tx) => {
        const problem = options.passwordHash ? null : passwordProblem(input.password);
        if (problem) throw new AccountsException(AccountsErrorReason.INVALID_INPUT, problem, 'password');
        const email = input.email.trim().toLowerCase();
        if (await this.repository.emailTaken(tx, email))
          throw new AccountsException(
            AccountsErrorReason.EMAIL_TAKEN,
            `There is already an account for ${email}.`,
            'email',
          );
        const scope = await this.checkScope(input.role, input.fieldOfficeCode ?? null, input.donorId ?? null);
        const user = await this.repository.insertUser(tx, {
          email,
          displayName: input.displayName.trim(),
          role: input.role,
          ...scope,
          passwordHash: options.passwordHash ?? (await AuthService.hashPassword(input.password)),
          mustChangePassword: !options.ownPassword,
          active: true,
          version: 1,
        });
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'user',
          entityId: user.id,
          after: auditView(user),
        });
        delete (user as Partial<UserEntity>).passwordHash;
        return user;
      },
      (created) => created.id,
      (id) => this.findByIds([id]).then(([u]) => u ?? null),
    );
  }

  update(id: string, expectedVersion: number, input: UpdateUserInput, actor: Actor): Promise<UserEntity> {
    return this.dataSource.transaction(async (tx) => {
      const user = await this.repository.lockUser(tx, id, () => userNotFound(id));
      const role = input.role ?? user.role;
      if (role !== user.role) refuseOwnAccount(user, actor, 'role');
      if (user.version !== expectedVersion) throw stale(id, expectedVersion, user.version);
      // What the input leaves out stays as it was, if the (new) role keeps it.
      const keeps = scopeFieldOf(role);
      const scope = await this.checkScope(
        role,
        input.fieldOfficeCode !== undefined
          ? input.fieldOfficeCode
          : keeps === 'fieldOfficeCode'
            ? user.fieldOfficeCode
            : null,
        input.donorId !== undefined ? input.donorId : keeps === 'donorId' ? user.donorId : null,
      );
      const next = { ...user, displayName: input.displayName?.trim() ?? user.displayName, role, ...scope };
      await this.repository.updateUser(tx, id, {
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
      return this.repository.getUser(id, tx);
    });
  }

  setActive(id: string, expectedVersion: number, active: boolean, actor: Actor): Promise<UserEntity> {
    return this.dataSource.transaction(async (tx) => {
      const user = await this.repository.lockUser(tx, id, () => userNotFound(id));
      if (!active) refuseOwnAccount(user, actor, 'deactivate');
      if (user.version !== expectedVersion) throw stale(id, expectedVersion, user.version);
      await this.repository.updateUser(tx, id, { active, version: user.version + 1 });
      const ended = active ? 0 : await this.repository.endSessions(tx, id);
      await this.audit.record(tx, actor, {
        action: active ? 'REACTIVATED' : 'DEACTIVATED',
        entityType: 'user',
        entityId: id,
        before: { active: user.active },
        after: { active, ...(active ? {} : { sessionsEnded: ended }) },
      });
      return this.repository.getUser(id, tx);
    });
  }

  /**
   * An administrator sets a new password for someone who forgot theirs (checked by the same rule as every password):
   * every session of theirs ends, and they are asked to choose their own at their next sign-in. Nobody resets their
   * own this way: `changePassword` asks for the current one. Neither the password nor its hash is logged.
   */
  async resetPassword(id: string, expectedVersion: number, newPassword: string, actor: Actor): Promise<UserEntity> {
    const problem = passwordProblem(newPassword);
    if (problem) throw new AccountsException(AccountsErrorReason.INVALID_INPUT, problem, 'newPassword');
    // Hashed before the row is locked: argon2 takes its time on purpose, other changes to the account need not wait.
    const hash = await AuthService.hashPassword(newPassword);
    return this.dataSource.transaction(async (tx) => {
      const user = await this.repository.lockUser(tx, id, () => userNotFound(id, 'userId'));
      refuseOwnAccount(user, actor, 'resetPassword');
      if (user.version !== expectedVersion) throw stale(id, expectedVersion, user.version);
      await this.repository.setPasswordHash(tx, id, hash, true);
      const ended = await this.repository.endSessions(tx, id);
      await this.audit.record(tx, actor, {
        action: 'PASSWORD_RESET',
        entityType: 'user',
        entityId: id,
        after: { mustChangePassword: true, sessionsEnded: ended },
      });
      return this.repository.getUser(id, tx);
    });
  }

  /**
   * The office and donor the account keeps for its role (`scopeProblem` of @ta/domain says which it needs),
   * after checking that the one it needs exists.
   */
  private async checkScope(
    role: Role,
    fieldOfficeCode: string | null,
    donorId: string | null,
  ): Promise<{ fieldOfficeCode: string | null; donorId: string | null }> {
    const problem = scopeProblem(role, fieldOfficeCode, donorId);
    if (problem)
      throw new AccountsException(AccountsErrorReason.INVALID_INPUT, problem.message, problem.field, {
        problem: problem.reason,
      });
    const keeps = scopeFieldOf(role);
    if (keeps === 'fieldOfficeCode') {
      const [office] = await this.reference.fieldOfficesByCode([fieldOfficeCode!]);
      if (!office) {
        throw new AccountsException(
          AccountsErrorReason.UNKNOWN_REFERENCE,
          `There is no field office "${fieldOfficeCode}".`,
          'fieldOfficeCode',
          {
            problem: 'UNKNOWN_FIELD_OFFICE',
          },
        );
      }
      return { fieldOfficeCode, donorId: null };
    }
    if (keeps === 'donorId') {
      const [donor] = await this.donors.findByIds([donorId!]);
      if (!donor)
        throw new AccountsException(AccountsErrorReason.UNKNOWN_REFERENCE, `There is no donor ${donorId}.`, 'donorId', {
          problem: 'UNKNOWN_DONOR',
        });
      return { fieldOfficeCode: null, donorId };
    }
    return { fieldOfficeCode: null, donorId: null };
  }
}

function userNotFound(id: string, field = 'id'): AccountsException {
  return new AccountsException(AccountsErrorReason.USER_NOT_FOUND, `There is no user with id ${id}.`, field);
}

/** What nobody does to their own account, each with what they are told and the field at fault. */
const OWN_ACCOUNT_REFUSALS = {
  role: { message: 'You cannot change your own role; ask another administrator.', field: 'role' },
  deactivate: { message: 'You cannot deactivate your own account.', field: 'id' },
  resetPassword: {
    message: 'You cannot reset your own password; change it instead (it asks for the current one).',
    field: 'userId',
  },
} as const;

/**
 * Refuses (NOT_ALLOWED) `change` when the account is the actor's own. Checked before the version: reloading would
 * not make it allowed, so a stale version must not be the answer.
 */
function refuseOwnAccount(user: UserEntity, actor: Actor, change: keyof typeof OWN_ACCOUNT_REFUSALS): void {
  if (user.id !== actor.userId) return;
  const { message, field } = OWN_ACCOUNT_REFUSALS[change];
  throw new AccountsException(AccountsErrorReason.NOT_ALLOWED, message, field);
}

function stale(id: string, expected: number, current: number): AccountsException {
  return new AccountsException(
    AccountsErrorReason.STALE_VERSION,
    `User ${id} was changed by someone else (version ${current}; you had ${expected}). Reload and try again.`,
    'expectedVersion',
    { currentVersion: current },
  );
}
