// Imported first by bench/run.mjs: graphql (16 for the API started in the bench's process, 15 for PostGraphile)
// reads NODE_ENV once, when it is first loaded, and without `production` runs its development-only `instanceof`
// checks on every type test. bench/programme.mjs loads graphql 16 before side-by-side.mjs could set it, so it is set
// here, ahead of every other import.
process.env.NODE_ENV ??= 'production';
