import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: PageInfo;
}

/** `XConnection { totalCount, nodes, pageInfo }` for any node type, as the contract shapes every list. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(name)
  class ConnectionClass implements Connection<T> {
    @Field(() => Int)
    totalCount!: number;

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export function pageSize(first: number | null | undefined): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `"first" must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return first;
}

/** A cursor is the sort key and id of the last row seen, opaque to clients. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the error below
  }
  throw new DomainError(
    ErrorCode.BAD_USER_INPUT,
    'The "after" cursor is not one this list gave out; start again from the first page.',
    'after',
  );
}
