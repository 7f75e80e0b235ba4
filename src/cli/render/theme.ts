/** Colours, in one place, so every command looks alike. A level-0 chalk prints plain text. */
import { Chalk, type ChalkInstance } from 'chalk';
import { MARK_END, MARK_START } from './text.js';

export interface Theme {
  readonly chalk: ChalkInstance;
  readonly header: (text: string) => string;
  readonly muted: (text: string) => string;
  readonly accent: (text: string) => string;
  readonly number: (text: string) => string;
  readonly good: (text: string) => string;
  readonly bad: (text: string) => string;
  /** Something to read with care: an "up to" claim (a best case). */
  readonly caution: (text: string) => string;
  /** Bars of charts; `barFaint` for the uncertain part of a range. */
  readonly bar: (text: string) => string;
  readonly barFaint: (text: string) => string;
  /** Turns highlight markers into colour (or removes them when colour is off). */
  readonly highlight: (text: string) => string;
}

export function createTheme(color: boolean): Theme {
  const chalk = new Chalk({ level: color ? 2 : 0 });
  const mark = (text: string): string => chalk.bold.yellow(text);
  return {
    chalk,
    header: (text) => chalk.bold(text),
    muted: (text) => chalk.dim(text),
    accent: (text) => chalk.cyan(text),
    number: (text) => chalk.green(text),
    good: (text) => chalk.green(text),
    bad: (text) => chalk.red(text),
    caution: (text) => chalk.yellow(text),
    bar: (text) => chalk.cyan(text),
    barFaint: (text) => chalk.dim.cyan(text),
    highlight: (text) => {
      if (!text.includes(MARK_START)) return text;
      let out = '';
      let rest = text;
      for (;;) {
        const start = rest.indexOf(MARK_START);
        if (start < 0) break;
        const end = rest.indexOf(MARK_END, start);
        const stop = end < 0 ? rest.length : end;
        out += rest.slice(0, start) + mark(rest.slice(start + 1, stop));
        rest = end < 0 ? '' : rest.slice(end + 1);
      }
      return (out + rest).replaceAll(MARK_END, '');
    },
  };
}
