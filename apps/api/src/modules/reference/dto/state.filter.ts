import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class StateFilter {
  @Field({ nullable: true, description: 'UN M49 region, e.g. "Africa".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @Field({ nullable: true, description: 'UN M49 sub-region or intermediate region.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subregion?: string;

  @Field({ nullable: true, description: 'Part of a name in any language, or an ISO code.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, description: 'Only the parties to this instrument (UNTOC, TIP, SOM, FIREARMS, UNCAC).' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  partyTo?: string;

  @Field({ nullable: true, description: 'MEMBER or OBSERVER.' })
  @IsOptional()
  @IsIn(['MEMBER', 'OBSERVER'])
  unStatus?: 'MEMBER' | 'OBSERVER';
}
