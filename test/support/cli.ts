/** Running effcat in tests: in-process with a test IO, or the built bin/effcat as a child process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface InProcessOptions {
  readonly isTTY?: boolean;
  readonly color?: boolean;
  readonly width?: number;
  readonly env?: Record<string, string | undefined>;
}

export async function runCli(argv: readonly string[], options: InProcessOptions = {}): Promise<CliResult> {
  const io = createTestIo({
    isTTY: options.isTTY ?? false,
    color: options.color ?? false,
    width: options.width ?? 100,
    env: options.env ?? {},
  });
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

export const BIN = fileURLToPath(new URL('../../bin/effcat', import.meta.url));
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Spawns the built CLI (run `npm run build` first; `npm test` does). Colour off, no TTY. */
export function spawnCli(argv: readonly string[], env: Record<string, string> = {}, input?: string): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env } as NodeJS.ProcessEnv,
    input: input ?? '',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
