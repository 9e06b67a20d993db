import { Args, Context, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../infra/auth/access.decorator.js';
import { byKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { UserModel } from '../accounts/models/user.model.js';
import { UsersService } from '../accounts/users.service.js';
import { AuditService } from './audit.service.js';
import { AuditFilter } from './dto/audit.filter.js';
import { AuditEntryConnection, AuditEntryModel } from './models/audit-entry.model.js';
import type { AuditEntryEntity } from './entities/audit-entry.entity.js';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly policies: AccessPolicies,
  ) {}

  @Allow('audit.read')
  @Query(() => AuditEntryConnection, {
    description: 'Every change, newest first. Administrators see all; the secretariat sees the programme’s records.',
  })
  async auditLog(
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<AuditEntryModel>> {
    const page = await this.audit.list(filter ?? {}, first, after, this.policies.of(ctx));
    return { ...page, nodes: page.nodes.map(toModel) };
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Null for the system and for failed sign-ins.' })
  actor(entry: AuditEntryModel, _args: unknown, ctx: GraphQLContext): Promise<UserModel | null> {
    if (!entry.actorId) return Promise.resolve(null);
    return ctx.loaders
      .get('user', async (ids: readonly string[]) => byKeys(ids, await this.users.findByIds(ids), (u) => u.id))
      .load(entry.actorId);
  }
}

function toModel(e: AuditEntryEntity): AuditEntryModel {
  return { ...e, at: e.at.toISOString() };
}
