import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Actor } from '../../infra/auth/actor.js';
import { readerOf } from '../../infra/auth/current-actor.js';
import type { OperationGate } from '../../infra/auth/operation-gate.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { ReferenceRepository } from '../reference/reference.repository.js';
import { AccessPolicy } from './access.policy.js';

/** Who acts: a resolver's access policy, or an actor whose policy is built for it (a job, another module). */
export type ActingAs = AccessPolicy | Actor;

const POLICY_OF_CONTEXT = new WeakMap<object, AccessPolicy>();

/**
 * Builds the access policy of a GraphQL request (once per request, kept on its context) or of a job's
 * acting user. The office → States coverage of every policy of a request comes through one DataLoader.
 */
@Injectable()
export class AccessPolicies implements OperationGate {
  constructor(private readonly reference: ReferenceRepository) {}

  /** The policy of the user making this GraphQL request (anonymous when nobody is signed in). */
  of(ctx: GraphQLContext): AccessPolicy {
    let policy = POLICY_OF_CONTEXT.get(ctx);
    if (!policy) {
      policy = this.forActor(readerOf(ctx));
      POLICY_OF_CONTEXT.set(ctx, policy);
    }
    return policy;
  }

  /** The access guard's question for every operation: the caller's policy decides (`AccessPolicy.assertMayCall`). */
  assertMayCall(ctx: GraphQLContext, operation: string): void {
    this.of(ctx).assertMayCall(operation);
  }

  /** The policy of who acts: the one given (a resolver's), or one built for the actor (`forActor`). */
  ofActing(by: ActingAs): AccessPolicy {
    return by instanceof AccessPolicy ? by : this.forActor(by);
  }

  /** The policy of an actor outside a GraphQL request (a job, the demo loader, a download). */
  forActor(actor: Actor | null): AccessPolicy {
    const loader = new DataLoader<string, ReadonlySet<string>>(async (offices) => {
      const covered = await this.reference.statesCoveredByOffices(offices);
      return offices.map((office) => covered.get(office) ?? new Set<string>());
    });
    return new AccessPolicy(actor, (office) => loader.load(office));
  }
}
