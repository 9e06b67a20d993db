import type { Role } from '@ta/domain';

/** Who is acting, as every service sees it: a signed-in user, or the system itself (start-up, demo data). */
export interface Actor {
  userId: string | null;
  label: string;
  role: Role | 'SYSTEM';
  fieldOfficeCode: string | null;
  donorId: string | null;
  /** The HTTP request the change came in, for the audit log. */
  requestId: string | null;
  /**
   * A signed-in user whose password an administrator chose (a new account, a reset): the access policy refuses them
   * everything but choosing their own (`OPERATIONS_BEFORE_PASSWORD_CHANGE`). Absent for the system and for jobs.
   */
  mustChangePassword?: boolean;
}

export const SYSTEM_ACTOR: Actor = {
  userId: null,
  label: 'System',
  role: 'SYSTEM',
  fieldOfficeCode: null,
  donorId: null,
  requestId: null,
};

export function systemActor(label: string): Actor {
  return { ...SYSTEM_ACTOR, label };
}

/** The signed-in user a request carries, once its token and session are checked. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  fieldOfficeCode: string | null;
  donorId: string | null;
  sessionId: string;
  /** An administrator chose the password, and the person has not yet chosen their own. */
  mustChangePassword: boolean;
}

/** Why a request carries no user: none given, or one that no longer works (said so to the person). */
export type AuthProblem = 'NONE' | 'EXPIRED' | 'INVALID' | 'ENDED';

export interface RequestAuth {
  user: AuthenticatedUser | null;
  problem: AuthProblem;
}

export function actorFor(user: AuthenticatedUser, requestId: string | null): Actor {
  return {
    userId: user.id,
    label: user.email,
    role: user.role,
    fieldOfficeCode: user.fieldOfficeCode,
    donorId: user.donorId,
    requestId,
    mustChangePassword: user.mustChangePassword,
  };
}
