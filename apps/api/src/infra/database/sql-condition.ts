/**
 * A piece of WHERE clause with its named parameters (`:name`, as TypeORM's query builder takes them), so
 * a rule written once (the access policy's "may read this row") can be used by any list query.
 */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}
