import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportColumnMapping', { description: 'One column of a file mapped to one of the import’s columns.' })
export class ImportColumnMappingModel {
  @Field({ description: 'The column as the file’s header names it (case, spaces and dashes do not matter).' })
  column!: string;

  @Field({
    description:
      'The import column it holds: state, kind, topics, priority_area, received_on, channel, description, confidential, instruments or reference.',
  })
  field!: string;
}

@ObjectType('ImportMappingTemplate', {
  description: 'A saved column mapping, applied to files whose header names differ from the import’s columns.',
})
export class ImportMappingTemplateModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Shared by the secretariat with everyone who imports; otherwise its owner’s own.' })
  shared!: boolean;

  @Field({ description: 'True when the reader saved it (and so may replace or delete it).' })
  mine!: boolean;

  @Field(() => [ImportColumnMappingModel])
  mapping!: ImportColumnMappingModel[];
}
