/**
 * Horizontal bars for charts on a terminal: Unicode block characters with eighths of a cell
 * for resolution, so a 20-cell bar tells 160 lengths apart. Scales map values to 0..1; a log
 * scale makes 1.2x and 300x visible on one chart.
 */

const FULL = '█';
/** Index n holds a block n/8 of a cell wide. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;
/** The uncertain part of a range: it has no partial widths, so it is drawn in whole cells. */
const SHADE = '░';

export interface Scale {
  /** Where a value falls, from 0 (the start of the axis) to 1 (its end), clamped. */
  readonly fraction: (value: number) => number;
  readonly min: number;
  readonly max: number;
}

/** 0 at `min`, 1 at `max`, on the logarithm of the value; values at or below zero sit at 0. */
export function logScale(min: number, max: number): Scale {
  const lo = Math.log(min);
  const span = Math.log(max) - lo;
  return {
    min,
    max,
    fraction: (value) => (value <= 0 || !(span > 0) ? (value >= max && value > 0 ? 1 : 0) : clamp((Math.log(value) - lo) / span)),
  };
}

/** 0 at zero, 1 at `max`: counts. */
export function linearScale(max: number): Scale {
  return { min: 0, max, fraction: (value) => (max > 0 ? clamp(value / max) : 0) };
}

/**
 * The start of a log axis for values down to `smallest`: the power of ten below it, so that the
 * smallest value still gets a visible bar (a factor axis starts at 1x instead: no gain).
 */
export function logAxisStart(smallest: number): number {
  if (!(smallest > 0)) return 1;
  return 10 ** (Math.ceil(Math.log10(smallest)) - 1);
}

/** A bar `fraction` of `width` cells long, to the nearest eighth; any non-zero value shows. */
export function bar(fraction: number, width: number): string {
  const eighths = Math.round(clamp(fraction) * width * 8);
  const shown = fraction > 0 && eighths === 0 ? 1 : eighths;
  return FULL.repeat(Math.floor(shown / 8)) + EIGHTHS[shown % 8];
}

/** A range: solid up to its low end, shaded on to its high end. Returns both parts for colouring. */
export function rangeBar(low: number, high: number, width: number): { readonly solid: string; readonly faint: string } {
  const solid = bar(low, width);
  const solidCells = Math.ceil(solidWidth(solid));
  const highCells = Math.round(clamp(high) * width);
  return { solid, faint: SHADE.repeat(Math.max(0, highCells - solidCells)) };
}

/** Cells a bar occupies, counting a partial block as a whole cell. */
function solidWidth(text: string): number {
  return [...text].length;
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
