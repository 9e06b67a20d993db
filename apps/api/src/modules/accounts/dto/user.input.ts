import { Field, ID, InputType } from '@nestjs/graphql';
import { ACCOUNT_LIMITS, FIELD_OFFICE_CODE_PATTERN, ROLES, type Role, LIST_LIMITS } from '@ta/domain';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ArrayMaxSize,
  IsArray,
} from 'class-validator';
import { RoleEnum } from '../models/user.model.js';
import { IdempotencyKeyField } from '../../../infra/graphql/validators.js';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address.' })
  @MaxLength(ACCOUNT_LIMITS.emailMax)
  email!: string;

  @Field()
  @IsString()
  @MinLength(ACCOUNT_LIMITS.displayNameMin, { message: 'displayName must be the person’s name.' })
  @MaxLength(ACCOUNT_LIMITS.displayNameMax)
  displayName!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field({ nullable: true, description: 'Required for FIELD_OFFICE users: the office, e.g. "BKK".' })
  @IsOptional()
  @Matches(FIELD_OFFICE_CODE_PATTERN, { message: 'fieldOfficeCode must be a field office code such as BKK.' })
  fieldOfficeCode?: string;

  @Field(() => ID, { nullable: true, description: 'Required for DONOR users.' })
  @IsOptional()
  @IsUUID('all', { message: 'donorId must be a donor id.' })
  donorId?: string;

  @Field({ description: 'The first password; the person should change it after signing in.' })
  @IsString()
  password!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(ACCOUNT_LIMITS.displayNameMin)
  @MaxLength(ACCOUNT_LIMITS.displayNameMax)
  displayName?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(FIELD_OFFICE_CODE_PATTERN, { message: 'fieldOfficeCode must be a field office code such as BKK.' })
  fieldOfficeCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'donorId must be a donor id.' })
  donorId?: string | null;
}

@InputType()
export class UserFilter {
  @Field(() => [RoleEnum], { nullable: true })
  @IsOptional()
  @IsIn(ROLES, { each: true })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  role?: Role[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'Part of the email or name.' })
  @IsOptional()
  @IsString()
  @MaxLength(ACCOUNT_LIMITS.searchMax)
  search?: string;
}
