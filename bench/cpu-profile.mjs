// Preloaded into the API for `BENCH_PART=profile` (NODE_OPTIONS=--import, as NODE_OPTIONS refuses --cpu-prof):
// records a CPU profile of the API process and writes it to BENCH_PROFILE_DIR when the process exits.
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { join } from 'node:path';

if (process.env.BENCH_PROFILE_DIR && /main\.js$/.test(process.argv[1] ?? '')) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  process.on('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error)
        writeFileSync(
          join(process.env.BENCH_PROFILE_DIR, `api-${process.pid}.cpuprofile`),
          JSON.stringify(result.profile),
        );
    });
  });
}
