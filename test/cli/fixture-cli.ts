/** In-process runs of effcat against the query fixture catalog (test/query/fixture-catalog.ts). */
import { afterAll, beforeAll } from 'vitest';
import { runCli, type CliResult } from '../support/cli.js';
import { tempDir, type TempDir } from '../support/fixtures.js';
import { writeQueryFixture } from '../query/fixture-catalog.js';

export interface FixtureCli {
  /** Piped (TSV) unless `tty`; a terminal is 100 columns wide and colourless unless told. */
  run(args: readonly string[], options?: { tty?: boolean; width?: number; color?: boolean }): Promise<CliResult>;
  readonly path: () => string;
}

/** Writes the fixture catalog once for the calling test file and removes it afterwards. */
export function useFixtureCli(): FixtureCli {
  let dir: TempDir;
  let path = '';
  beforeAll(() => {
    dir = tempDir();
    path = writeQueryFixture(dir.file('fixture.db'));
  });
  afterAll(() => dir.remove());
  return {
    run: (args, options = {}) =>
      runCli(['--db', path, ...args], { isTTY: options.tty ?? false, width: options.width ?? 100, color: options.color ?? false }),
    path: () => path,
  };
}

/** The lines of a text, for comparing exact output with readable diffs. */
export function lines(text: string): string[] {
  return text.split('\n');
}
