import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { StateModel } from '../reference/models/state.model.js';
import { AuthoritiesService } from './authorities.service.js';
import { AuthorityFilter, AuthorityInput, AuthorityProposalFilter } from './dto/authority.input.js';
import {
  AuthorityConnection,
  AuthorityModel,
  AuthorityProposalConnection,
  AuthorityProposalModel,
} from './models/authority.model.js';

@Resolver(() => AuthorityModel)
export class AuthoritiesResolver {
  constructor(
    private readonly directory: AuthoritiesService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => AuthorityConnection, {
    description: 'The directory of competent national authorities: by State, instrument, kind and language.',
  })
  authorities(
    @Args('filter', { type: () => AuthorityFilter, nullable: true }) filter?: AuthorityFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<AuthorityModel>> {
    return this.directory.list(filter ?? {}, first, after);
  }

  @Allow('authorities.edit')
  @Mutation(() => AuthorityModel, { description: 'Adds an entry to the directory (audited).' })
  createAuthority(@Args('input') input: AuthorityInput, @Context() ctx: GraphQLContext): Promise<AuthorityModel> {
    return this.directory.create(input, this.policies.of(ctx));
  }

  @Allow('authorities.edit')
  @Mutation(() => AuthorityModel, { description: 'Changes an entry, if still at `expectedVersion` (audited).' })
  updateAuthority(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: AuthorityInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthorityModel> {
    return this.directory.update(id, expectedVersion, input, this.policies.of(ctx));
  }

  @Allow('authorities.propose')
  @Mutation(() => AuthorityProposalModel, {
    description:
      'Proposes a change to the directory for a State in your scope (a new entry when `authorityId` is null); ' +
      'the secretariat confirms or rejects it. Audited.',
  })
  proposeAuthorityChange(
    @Args('input') input: AuthorityInput,
    @Context() ctx: GraphQLContext,
    @Args('authorityId', { type: () => ID, nullable: true }) authorityId?: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<AuthorityProposalModel> {
    return this.directory.propose(authorityId ?? null, input, note ?? null, this.policies.of(ctx));
  }

  @Allow('authorities.propose')
  @Query(() => AuthorityProposalConnection, {
    description: 'Proposed changes, newest first: the secretariat sees every one, a field office its States’.',
  })
  authorityProposals(
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => AuthorityProposalFilter, nullable: true }) filter?: AuthorityProposalFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<AuthorityProposalModel>> {
    return this.directory.proposals(filter ?? {}, first, after, this.policies.of(ctx));
  }

  @Allow('authorities.edit')
  @Mutation(() => AuthorityProposalModel, {
    description: 'Confirms (and applies) or rejects, with a reason, a pending proposal. Audited.',
  })
  decideAuthorityProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('confirm') confirm: boolean,
    @Context() ctx: GraphQLContext,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<AuthorityProposalModel> {
    return this.directory.decide(id, expectedVersion, confirm, reason ?? null, this.policies.of(ctx));
  }
}

@Resolver(() => StateModel)
export class StateAuthorityFieldsResolver {
  constructor(private readonly directory: AuthoritiesService) {}

  @ResolveField(() => [AuthorityModel], { description: 'Its entries in the directory of competent authorities.' })
  authorities(state: StateModel, _args: unknown, ctx: GraphQLContext): Promise<AuthorityModel[]> {
    return ctx.loaders
      .get('stateAuthorities', async (iso3s: readonly string[]) =>
        groupByKeys(iso3s, await this.directory.ofStates(iso3s), (a) => a.stateIso3.trim()),
      )
      .load(state.iso3);
  }
}
