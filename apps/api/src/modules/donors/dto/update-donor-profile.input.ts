import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class UpdateDonorProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: 'Who to write to at the donor.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  contact?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  namedPublicly?: boolean;

  @Field({ nullable: true, description: 'Secretariat only.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  confidentialNotes?: string;
}
