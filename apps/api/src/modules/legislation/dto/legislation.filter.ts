import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType({
  description: 'Which laws: a full-text search (in English, French and Spanish), a State, an instrument, a language.',
})
export class LegislationFilter {
  @Field(() => String, { nullable: true, description: 'Words of the title or summary, in any of the three languages.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'stateIso3 must be a three-letter ISO code.' })
  stateIso3?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2,10}$/, { message: 'instrumentCode must be an instrument code such as UNTOC.' })
  instrumentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'en, fr or es.' })
  @IsOptional()
  @IsIn(['en', 'fr', 'es'])
  language?: string | null;
}
