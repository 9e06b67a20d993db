import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@ta/domain';

export const ACCESS_KEY = 'ta:access';

/**
 * `'PUBLIC'`: anyone, signed in or not. `'ANY_USER'`: any signed-in user. Otherwise the permission the
 * operation needs; which roles hold it is written once, in `@ta/domain`'s `ROLE_PERMISSIONS`.
 */
export type AccessRule = 'PUBLIC' | 'ANY_USER' | { permission: Permission };

/**
 * Every Query and Mutation says who may call it; the guard refuses an operation that does not (and a test
 * fails for it). Scope within a role (an office's States, a donor's own data) is decided by the access policy.
 */
export const Allow = (permission: Permission) => SetMetadata(ACCESS_KEY, { permission } satisfies AccessRule);

/** Open to anyone, signed in or not (sign-in itself, `me`). */
export const Public = () => SetMetadata(ACCESS_KEY, 'PUBLIC' satisfies AccessRule);

/** Any signed-in user, whatever the role; what each sees is narrowed by the access policy. */
export const AnyUser = () => SetMetadata(ACCESS_KEY, 'ANY_USER' satisfies AccessRule);

/** Everyone who reads requests one by one (donors see counts). */
export const ProgrammeReaders = () => Allow('requests.read');
