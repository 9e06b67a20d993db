import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];

const memoized = new WeakSet<Storage>();

/**
 * class-validator looks a class's rules up in its whole registry on every validation — walking every registered
 * class for inherited rules — and Nest's ValidationPipe does it once more per nested object it checks for binary
 * values: for a filter of a few arrays, 2–3 % of the API's CPU per request (issue 12's profile of a one-State
 * page). The registry is filled as the classes are declared, at start-up; the lookup's answer for a class only
 * changes when a rule is added, so it is kept per (class, schema, options) and forgotten whenever one is. The
 * answers are read, never changed, by class-validator and Nest alike, so one array serves every caller.
 */
export function memoizeValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (memoized.has(storage)) return;
  memoized.add(storage);
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let kept = new WeakMap<object, Map<string, ReturnType<Lookup>>>();
  storage.addValidationMetadata = (metadata) => {
    kept = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    let byOptions = kept.get(target);
    if (!byOptions) kept.set(target, (byOptions = new Map()));
    const key = JSON.stringify([schema, always, strictGroups, groups ?? null]);
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
}
