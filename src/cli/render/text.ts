/**
 * Plain-text helpers shared by the renderers. Highlights travel through the pipeline as
 * control-character markers (never found in abstracts) so that width arithmetic and truncation
 * can ignore them and each output format decides how (or whether) to show them.
 */

import { MARK_END, MARK_START } from '../../query/marks.js';

export { MARK_END, MARK_START };
const MARKERS = /[\u0002\u0003]/g;
const ANSI = /\u001b\[[0-9;]*m/g;

export function stripMarks(text: string): string {
  return text.replace(MARKERS, '');
}

/** Columns a string occupies on a terminal, ignoring markers and ANSI codes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(MARKERS, '').replace(ANSI, '')) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x300 && code < 0x370)) continue; // controls, combining marks
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff)
  );
}

/** Cuts text to `width` display columns, ending in "…", keeping markers balanced. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  return cutEnd(bringMarkIntoView(text, width), width);
}

/**
 * A highlight past the cut would be lost (a snippet's match, a claim's evidence): start the
 * text later, with a leading "…", so the first highlight sits a quarter into the visible width.
 */
function bringMarkIntoView(text: string, width: number): string {
  const mark = text.indexOf(MARK_START);
  if (mark < 0 || displayWidth(text.slice(0, mark)) < width * 0.6) return text;
  const lead = Math.max(1, Math.floor(width / 4));
  let start = mark;
  let shown = 0;
  while (start > 0 && shown < lead - 1) {
    start--;
    shown += displayWidth(text[start] ?? '');
  }
  // Do not start inside a word when a space is near.
  const space = text.lastIndexOf(' ', start + 8);
  if (space > start && space < mark) start = space + 1;
  return `…${text.slice(start).replace(/^…/, '')}`;
}

function cutEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  let open = false;
  for (const char of text) {
    if (char === MARK_START || char === MARK_END) {
      open = char === MARK_START;
      out += char;
      continue;
    }
    const w = displayWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}${open ? MARK_END : ''}…`;
}

/** One line: collapses newlines and tabs so a value never breaks a TSV row or a table cell. */
export function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/**
 * Word-wraps text to `width` display columns (whitespace runs become one space). Highlights
 * stay balanced on every line: a mark that runs over a line break is closed at the end of the
 * line and re-opened at the start of the next, so each line can be coloured on its own.
 * A word longer than the width is cut across lines.
 */
export function wrap(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let open = false;
  const breakLine = (): void => {
    lines.push(open ? `${line}${MARK_END}` : line);
    line = open ? MARK_START : '';
    used = 0;
  };
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const wordWidth = displayWidth(word);
    if (used > 0 && used + 1 + wordWidth > limit) breakLine();
    else if (used > 0) {
      line += ' ';
      used += 1;
    }
    for (const char of word) {
      if (char === MARK_START || char === MARK_END) {
        open = char === MARK_START;
        line += char;
        continue;
      }
      const charWidth = displayWidth(char);
      if (used + charWidth > limit && used > 0) breakLine();
      line += char;
      used += charWidth;
    }
  }
  if (line !== '' && line !== MARK_START) lines.push(open ? `${line}${MARK_END}` : line);
  return lines;
}
