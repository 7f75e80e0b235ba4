/**
 * The README is part of the product: every command and every flag is documented there, every
 * command's --help ends with examples, and the README's console examples run as shown.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestIo } from '../../src/cli/io.js';
import { createProgram } from '../../src/cli/program.js';
import { PACKAGE_ROOT, spawnCli } from '../support/cli.js';
import { tempDir, type TempDir } from '../support/fixtures.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const program = createProgram(createTestIo());
const commands = program.commands.filter((command) => command.name() !== 'help');

function longFlags(command: Command): string[] {
  return command.options.map((option) => option.long).filter((flag): flag is string => flag !== undefined && flag !== '--help');
}

describe('README', () => {
  it('gives the quick start as exactly the two commands', () => {
    const quickStart = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quickStart).toBe('npm install && npx effcat search gpu quantization\nnpm test\n');
  });

  it.each(commands.map((command) => [command.name(), command] as const))('documents `effcat %s` with an example', (name, command) => {
    expect(readme).toMatch(new RegExp(`### \`effcat ${name}\\b`));
    expect(readme).toMatch(new RegExp(`\\$ effcat (?:--db \\S+ )?${name}\\b`));
    for (const flag of longFlags(command)) expect(readme, `${name} ${flag}`).toContain(flag);
  });

  it('documents the global options and every environment variable effcat reads', () => {
    for (const flag of longFlags(program)) expect(readme).toContain(flag);
    for (const variable of ['EFFCAT_DB', 'NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'XDG_CACHE_HOME']) expect(readme).toContain(`\`${variable}\``);
  });
});

describe('--help', () => {
  it.each(commands.map((command) => [command.name()] as const))('effcat %s --help ends with examples', (name) => {
    const result = spawnCli([name, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Examples:\\n(?:.*\\n)*  \\$ effcat [^\\n]*${name}`));
  });
});

describe("the README's console examples", () => {
  let dir: TempDir;
  let db: string;
  beforeAll(() => {
    dir = tempDir();
    db = dir.file('seed.db');
    expect(spawnCli(['--db', db, 'build', `${PACKAGE_ROOT}seeds`]).code).toBe(0);
  });
  afterAll(() => dir.remove());

  // `$ effcat ...` lines of console blocks, with the line shown after each (a documented error
  // starts with "effcat: "); builds of the reader's own files are left out.
  const examples = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].flatMap((block) => {
    const lines = (block[1] ?? '').split('\n');
    return lines.flatMap((line, i) =>
      line.startsWith('$ effcat ') && !/\bbuild\b/.test(line)
        ? [{ command: line.slice('$ effcat '.length).split(' | ')[0] ?? '', shown: lines[i + 1] ?? '' }]
        : [],
    );
  });

  it.each(examples.map((example) => [example.command, example.shown] as const))('effcat %s runs as documented', (command, shown) => {
    const args = [...command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
    const result = spawnCli(['--db', db, ...args]);
    if (shown.startsWith('effcat: ')) {
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(shown);
    } else {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).not.toBe('');
    }
  });
});
