/**
 * Process entry, bundled as dist/effcat.cjs and started by dist/cli.js (src/cli/launch.ts),
 * which bin/effcat imports. No top-level await: the bundle is CommonJS, which Node loads and
 * V8 caches faster than an ES module graph (see scripts/build.mjs).
 */
import { processIo } from './io.js';
import { main } from './main.js';

/** For the launcher: what this run did (see run-record.ts). */
export { runRecord } from './run-record.js';

// A reader that goes away (`effcat search ... | head -1`) ends the run quietly: see io.ts.
void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
