import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { AnyUser } from '../../infra/auth/access.decorator.js';
import { LoaderRegistry, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { AssistanceRequestFilter } from './dto/assistance-request.filter.js';
import { AssistanceRequestEventKind, AssistanceRequestEventModel } from './models/assistance-request-event.model.js';
import { RequestsService } from './requests.service.js';

const KINDS = new Set<string>(Object.values(AssistanceRequestEventKind));

/** Requests logged, moved, corrected or merged, as they happen, in the subscriber's scope (WebSocket). */
@Resolver(() => AssistanceRequestEventModel)
export class RequestEventsResolver {
  constructor(
    private readonly requests: RequestsService,
    private readonly policies: AccessPolicies,
    private readonly live: LiveEvents,
  ) {}

  @AnyUser()
  @Subscription(() => AssistanceRequestEventModel, {
    resolve: (event: AssistanceRequestEventModel) => event,
    description:
      'Each request logged, moved, corrected or merged (in any API process) that the filter matches and you may ' +
      'follow: a field office its own States; everyone reads of it what a query would show them (donors no text).',
  })
  assistanceRequestChanged(
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => AssistanceRequestFilter, nullable: true }) filter?: AssistanceRequestFilter,
  ): AsyncIterableIterator<AssistanceRequestEventModel> {
    const policy = this.policies.of(ctx);
    return this.live.stream(async (event) => {
      if (event.topic !== 'request' || !KINDS.has(event.kind)) return [];
      if (ctx.socket && !(await ctx.socket.stillSignedIn())) return [];
      // Each event read afresh: the loaders of the subscription's context would otherwise answer from before.
      ctx.loaders = new LoaderRegistry();
      const rows = await this.requests.changedFor(policy, filter ?? {}, event.ids);
      return rows.map((request) => ({ kind: event.kind as AssistanceRequestEventKind, request }));
    });
  }
}
