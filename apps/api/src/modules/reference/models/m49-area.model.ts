import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('M49Area', {
  description:
    'A UN M49 area above the country: the World (level 0, a global activity), a region (1), a sub-region (2) or an intermediate region (3).',
})
export class M49AreaModel {
  @Field({ description: 'The three-digit M49 code, e.g. "002" (Africa), "001" (World).' })
  code!: string;

  @Field({ description: 'Its M49 name (English).' })
  name!: string;

  @Field(() => Int)
  level!: number;

  @Field(() => String, { nullable: true, description: 'Its M49 region ("Africa"); null for the World.' })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'Its M49 sub-region; null for the World and regions.' })
  subregion!: string | null;
}
