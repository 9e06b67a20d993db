import { Inject } from '@nestjs/common';
import { capabilitiesOf } from '@ta/domain';
import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { Allow, AnyUser, Public } from '../../infra/auth/access.decorator.js';
import { currentActor, currentUser } from '../../infra/auth/current-actor.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { DonorModel } from '../donors/models/donor.model.js';
import { DonorsService } from '../donors/donors.service.js';
import { donorLoader } from '../donors/donors.loaders.js';
import { FieldOfficeModel } from '../reference/models/field-office.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AuthService, SESSION_COOKIE, type SignedIn } from './auth.service.js';
import { CreateUserInput, UpdateUserInput, UserFilter } from './dto/user.input.js';
import { AuthPayloadModel, UserCapabilitiesModel, UserConnection, UserModel } from './models/user.model.js';
import { UsersService } from './users.service.js';

/** The accounts a sign-in or a refresh answers (to the person themselves, before the request has a signed-in actor). */
const SIGNED_IN = new WeakSet<object>();

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly usersService: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Signs in. The token is also set as an httpOnly, SameSite=Strict cookie.',
  })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayloadModel> {
    const signedIn = await this.auth.login(email, password, {
      ip: ctx.req.ip ?? null,
      userAgent: ctx.req.headers['user-agent'] ?? null,
      requestId: ctx.requestId,
    });
    this.setCookie(ctx.res, signedIn);
    SIGNED_IN.add(signedIn.user);
    return signedIn;
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'A new token for the current session (even if the old token expired), while the session lasts.',
  })
  async refreshSession(@Context() ctx: GraphQLContext): Promise<AuthPayloadModel> {
    const signedIn = await this.auth.refresh(ctx.req);
    this.setCookie(ctx.res, signedIn);
    SIGNED_IN.add(signedIn.user);
    return signedIn;
  }

  @AnyUser()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Context() ctx: GraphQLContext): Promise<boolean> {
    await this.auth.logout(currentUser(ctx), currentActor(ctx));
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @AnyUser()
  @Mutation(() => Boolean, { description: 'Changes your password; your other sessions end.' })
  async changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.auth.changePassword(currentUser(ctx), currentPassword, newPassword, currentActor(ctx));
    return true;
  }

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Context() ctx: GraphQLContext): Promise<UserModel | null> {
    if (!ctx.auth.user) return null;
    const [user] = await this.usersService.findByIds([ctx.auth.user.id]);
    return user ?? null;
  }

  @Allow('users.manage')
  @Query(() => UserConnection, { description: 'Accounts, by email.' })
  users(
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<UserModel>> {
    return this.usersService.list(filter ?? {}, first, after);
  }

  @Allow('users.manage')
  @Mutation(() => UserModel)
  createUser(@Args('input') input: CreateUserInput, @Context() ctx: GraphQLContext): Promise<UserModel> {
    return this.usersService.create(input, currentActor(ctx));
  }

  @Allow('users.manage')
  @Mutation(() => UserModel, {
    description: 'Changes a user’s name, role or scope. The change applies to their next request.',
  })
  updateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: UpdateUserInput,
    @Context() ctx: GraphQLContext,
  ): Promise<UserModel> {
    return this.usersService.update(id, expectedVersion, input, currentActor(ctx));
  }

  @Allow('users.manage')
  @Mutation(() => UserModel, {
    description:
      'Sets a new password for a user who forgot theirs (not one’s own: changePassword). Every session of theirs ends at once, and they are asked to choose their own password at their next sign-in (mustChangePassword).',
  })
  resetUserPassword(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('newPassword') newPassword: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
  ): Promise<UserModel> {
    return this.usersService.resetPassword(userId, expectedVersion, newPassword, currentActor(ctx));
  }

  @Allow('users.manage')
  @Mutation(() => UserModel, { description: 'Deactivates a user: their sessions end at once.' })
  deactivateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
  ): Promise<UserModel> {
    return this.usersService.setActive(id, expectedVersion, false, currentActor(ctx));
  }

  @Allow('users.manage')
  @Mutation(() => UserModel)
  reactivateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
  ): Promise<UserModel> {
    return this.usersService.setActive(id, expectedVersion, true, currentActor(ctx));
  }

  private setCookie(res: Response, signedIn: SignedIn): void {
    res.cookie(SESSION_COOKIE, signedIn.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.NODE_ENV === 'production',
      path: '/',
      maxAge: this.config.SESSION_TTL * 1000,
    });
  }
}

@Resolver(() => UserModel)
export class UserFieldsResolver {
  constructor(
    private readonly reference: ReferenceService,
    private readonly donors: DonorsService,
    private readonly access: AccessPolicies,
  ) {}

  @ResolveField(() => [String], {
    nullable: true,
    description:
      'ISO codes of the States this user may log and move requests for (a field office: its own); null when every State, empty when none. The form offers these first and shows the others as not theirs.',
  })
  actableStates(user: UserModel, _args: unknown, ctx: GraphQLContext): Promise<string[] | null> {
    // The signed-in user's own policy (its coverage is loaded once per request); another user's from their row.
    const policy =
      ctx.auth.user?.id === user.id
        ? this.access.of(ctx)
        : this.access.forActor({
            userId: user.id,
            label: user.email,
            role: user.role,
            fieldOfficeCode: user.fieldOfficeCode,
            donorId: user.donorId,
            requestId: null,
          });
    return policy.actableStates();
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'An administrator chose this password (the first one, or a reset): the person should choose their own (changePassword) before going on; the web client takes them there first. Null unless you are this person or manage users.',
  })
  mustChangePassword(user: UserModel, _args: unknown, ctx: GraphQLContext): boolean | null {
    return this.access.of(ctx).mayReadPasswordState(user.id, SIGNED_IN.has(user)) ? user.mustChangePassword : null;
  }

  @ResolveField(() => UserCapabilitiesModel, {
    description: 'What this user may do (from their role; scope within it is checked on each record).',
  })
  can(user: UserModel): UserCapabilitiesModel {
    return capabilitiesOf(user.role);
  }

  @ResolveField(() => FieldOfficeModel, { nullable: true })
  fieldOffice(user: UserModel, _args: unknown, ctx: GraphQLContext): Promise<FieldOfficeModel | null> {
    if (!user.fieldOfficeCode || !this.access.of(ctx).mayReadBeyondOwnAccount()) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).fieldOffice().load(user.fieldOfficeCode);
  }

  @ResolveField(() => DonorModel, { nullable: true })
  donor(user: UserModel, _args: unknown, ctx: GraphQLContext): Promise<DonorModel | null> {
    if (!user.donorId || !this.access.of(ctx).mayReadBeyondOwnAccount()) return Promise.resolve(null);
    return donorLoader(ctx.loaders, this.donors).load(user.donorId);
  }
}
