import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from '../rules/request-row.js';

export const IMPORT_FIELDS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as const;

@InputType()
export class ImportColumnMappingInput {
  @Field({ description: 'The column as the file’s header names it.' })
  @IsString()
  @MinLength(1, { message: 'column must name a column of the file.' })
  @MaxLength(100, { message: 'column must be at most 100 characters.' })
  column!: string;

  @Field({ description: `The import column it holds: one of ${IMPORT_FIELDS.join(', ')}.` })
  @IsIn(IMPORT_FIELDS, { message: `field must be one of: ${IMPORT_FIELDS.join(', ')}.` })
  field!: string;
}

@InputType()
export class SaveImportMappingTemplateInput {
  @Field({ description: 'Its name; saving under a name of yours again replaces that template.' })
  @IsString()
  @MinLength(1, { message: 'name must not be empty.' })
  @MaxLength(80, { message: 'name must be at most 80 characters.' })
  name!: string;

  @Field(() => [ImportColumnMappingInput])
  @ValidateNested({ each: true })
  @Type(() => ImportColumnMappingInput)
  @ArrayMinSize(1, { message: 'mapping must map at least one column.' })
  @ArrayMaxSize(IMPORT_FIELDS.length, { message: `mapping can map at most ${IMPORT_FIELDS.length} columns.` })
  mapping!: ImportColumnMappingInput[];

  @Field({ nullable: true, description: 'Share it with everyone who imports (the secretariat only).' })
  @IsOptional()
  @IsBoolean()
  shared?: boolean;
}
