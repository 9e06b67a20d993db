import { SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '@ta/domain';

export const ACCESS_KEY = 'ta:access';

/** `'PUBLIC'`: anyone, signed in or not. Otherwise the roles that may call the operation. */
export type AccessRule = 'PUBLIC' | readonly Role[];

/**
 * Every Query and Mutation says who may call it; the guard refuses an operation that does not (and a test
 * fails for it). Scope within a role (an office's States, a donor's own data) is checked by the services.
 */
export const Access = (...roles: Role[]) => SetMetadata(ACCESS_KEY, roles satisfies readonly Role[]);

/** Open to anyone, signed in or not (sign-in itself, `me`). */
export const Public = () => SetMetadata(ACCESS_KEY, 'PUBLIC' satisfies AccessRule);

/** Any signed-in user, whatever the role. */
export const AnyUser = () => Access(...ROLES);

/** Everyone who reads the programme (donors see it through their own queries). */
export const ProgrammeReaders = () => Access('ADMIN', 'SECRETARIAT', 'FIELD_OFFICE', 'VIEWER');
