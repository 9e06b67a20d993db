import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PrioritySubArea', { description: 'A type of assistance the Working Group listed within a priority area.' })
export class PrioritySubAreaModel {
  @Field({ description: 'Area letter and item, e.g. "B.c".' })
  code!: string;

  @Field()
  sourceParagraph!: string;

  priorityAreaCode!: string;
  titleEn!: string;
  titleFr!: string;
  titleEs!: string;
}

@ObjectType('PriorityArea', { description: 'One of the five priority areas the Working Group set (para. 2).' })
export class PriorityAreaModel {
  @Field({ description: 'A to E, the letters of para. 2.' })
  code!: string;

  @Field({ description: 'The chapter of the source document, e.g. "II".' })
  chapter!: string;

  @Field()
  sourceParagraph!: string;

  titleEn!: string;
  titleFr!: string;
  titleEs!: string;
}
