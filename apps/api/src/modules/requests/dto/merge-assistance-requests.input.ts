import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class MergeAssistanceRequestsInput {
  @Field(() => ID, { description: 'The request that stays.' })
  @IsUUID('all', { message: 'keepId must be a request id.' })
  keepId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  keepVersion!: number;

  @Field(() => ID, { description: 'The duplicate: its history moves to the kept request and it is withdrawn.' })
  @IsUUID('all', { message: 'mergeId must be a request id.' })
  mergeId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  mergeVersion!: number;

  @Field()
  @IsString()
  @MinLength(3, { message: 'reason must say why the requests are the same need.' })
  @MaxLength(1000)
  reason!: string;
}
