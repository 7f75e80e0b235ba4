/** Process entry, bundled as dist/cli.js and imported by bin/effcat. */
import { EXIT_CODES } from '../errors.js';
import { processIo } from './io.js';
import { main } from './main.js';

// `effcat search ... | head -1`: the reader went away; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_CODES.ok);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processIo());
