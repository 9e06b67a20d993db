import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { AnyUser } from '../../infra/auth/access.decorator.js';
import { LoaderRegistry, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { toModel } from './contributions.resolver.js';
import { FundingService } from './funding.service.js';
import { FundingEventKind, FundingEventModel } from './models/funding-event.model.js';

const KINDS = new Set<string>(Object.values(FundingEventKind));

/** The funding picture as it changes (WebSocket): each contribution's changes to whoever sees that money. */
@Resolver(() => FundingEventModel)
export class FundingEventsResolver {
  constructor(
    private readonly funding: FundingService,
    private readonly policies: AccessPolicies,
    private readonly live: LiveEvents,
  ) {}

  @AnyUser()
  @Subscription(() => FundingEventModel, {
    resolve: (event: FundingEventModel) => event,
    description:
      'Contributions recorded, pledged, committed, paid, allocated or taken back (in any API process): a donor hears ' +
      'of its own money only, as `contributions` shows it.',
  })
  fundingChanged(@Context() ctx: GraphQLContext): AsyncIterableIterator<FundingEventModel> {
    const policy = this.policies.of(ctx);
    return this.live.stream(async (event) => {
      if (event.topic !== 'funding' || !KINDS.has(event.kind)) return [];
      if (!policy.maySeeDonorMoney(event.owner ?? null)) return [];
      if (ctx.socket && !(await ctx.socket.stillSignedIn())) return [];
      ctx.loaders = new LoaderRegistry();
      const found = new Map((await this.funding.byIds(event.ids, policy)).map((c) => [c.id, c]));
      return event.ids.map((id) => {
        const c = found.get(id);
        return { kind: event.kind as FundingEventKind, contributionId: id, contribution: c ? toModel(c) : null };
      });
    });
  }
}
