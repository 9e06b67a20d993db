/**
 * A GraphQL enum object for `registerEnumType` from the kernel's list of values (`['A', 'B']` → `{ A: 'A', B: 'B' }`),
 * so each list of values is written once, in `@ta/domain`.
 */
export function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}
