const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a row id; anything else is "not found" before it reaches SQL. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
