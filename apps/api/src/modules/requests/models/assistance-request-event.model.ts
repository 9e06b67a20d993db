import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssistanceRequestModel } from './assistance-request.model.js';

/** What happened to a request, as `assistanceRequestChanged` tells it. */
export enum AssistanceRequestEventKind {
  LOGGED = 'LOGGED',
  MOVED = 'MOVED',
  UPDATED = 'UPDATED',
  MERGED = 'MERGED',
}
registerEnumType(AssistanceRequestEventKind, {
  name: 'AssistanceRequestEventKind',
  description: 'Logged (new), moved along the workflow, its fields corrected, or merged with another.',
});

@ObjectType('AssistanceRequestEvent')
export class AssistanceRequestEventModel {
  @Field(() => AssistanceRequestEventKind)
  kind!: AssistanceRequestEventKind;

  @Field(() => AssistanceRequestModel, { description: 'The request as it is now, read as the subscriber reads it.' })
  request!: AssistanceRequestModel;
}
