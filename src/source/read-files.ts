/**
 * Reads corpus files (or directories of them) into source papers. This is the only place the
 * source room touches the file system; the format readers themselves are pure.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataError } from '../errors.js';
import { CORPUS_EXTENSIONS } from './corpus-extensions.js';
import { readHfListing } from './hf-listing.js';
import { looksLikeJson, readJsonPapers } from './json-papers.js';
import type { ReadWarning, SourcePaper } from './types.js';

export interface SourceFile {
  readonly path: string;
  readonly name: string;
  readonly text: string;
}

export interface FileWarning extends ReadWarning {
  readonly file: string;
}


/** Expands directories to their corpus files (sorted) and reads each one as UTF-8. */
export function loadSourceFiles(paths: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      throw new DataError(`cannot read ${path}: no such file or directory`);
    }
    const members = isDirectory
      ? readdirSync(path)
          .filter((name) => CORPUS_EXTENSIONS.test(name))
          .sort()
          .map((name) => join(path, name))
      : [path];
    if (isDirectory && members.length === 0) throw new DataError(`no corpus files (.txt, .json, .jsonl) in directory ${path}`);
    for (const member of members) {
      let text: string;
      try {
        text = readFileSync(member, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
        throw new DataError(`cannot read ${member}: ${code}`);
      }
      if (text.includes('\u0000')) throw new DataError(`${member} is not a text file`, 'give effcat a papers listing saved as text');
      files.push({ path: member, name: basename(member), text });
    }
  }
  return files;
}

export function parseSourceFiles(files: readonly SourceFile[]): { papers: SourcePaper[]; warnings: FileWarning[] } {
  const papers: SourcePaper[] = [];
  const warnings: FileWarning[] = [];
  for (const file of files) {
    const json = /\.jsonl?$/i.test(file.name) || looksLikeJson(file.text);
    const result = json ? readJsonPapers(file.text, file.name) : readHfListing(file.text, file.name);
    if (result.papers.length === 0) {
      throw new DataError(
        `no papers found in ${file.path}`,
        json
          ? 'expected JSON records with a title and an abstract'
          : 'expected a papers listing (title line, blank line, abstract line) or JSON records with title and abstract',
      );
    }
    papers.push(...result.papers);
    warnings.push(...result.warnings.map((warning) => ({ ...warning, file: file.path })));
  }
  return { papers, warnings };
}

/** Changes when any corpus file is added, removed, renamed or edited. */
export function fingerprintSources(files: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file.name);
    hash.update('\u0000');
    hash.update(file.text);
    hash.update('\u0000');
  }
  return hash.digest('hex').slice(0, 16);
}
