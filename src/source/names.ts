/** How a paper is named on screen: a short name and a title with its LaTeX rendered. */

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', n: 'ⁿ', i: 'ⁱ',
};
const SUBSCRIPTS: Readonly<Record<string, string>> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋',
};
const LATEX_SYMBOLS: Readonly<Record<string, string>> = {
  times: '×', sim: '~', approx: '≈', mu: 'μ', alpha: 'α', beta: 'β', gamma: 'γ', lambda: 'λ',
  sigma: 'σ', pi: 'π', leq: '≤', geq: '≥', le: '≤', ge: '≥', pm: '±', cdot: '·', infty: '∞', ell: 'ℓ',
};

/** Renders the LaTeX a title may carry for display: `M$^3$ViT` -> `M³ViT`. The stored title keeps the LaTeX. */
export function displayTitle(title: string): string {
  return title
    .replace(/\^\{?([0-9+\-ni]{1,6})\}?/g, (whole, chars: string) =>
      [...chars].every((c) => SUPERSCRIPTS[c]) ? [...chars].map((c) => SUPERSCRIPTS[c]).join('') : whole,
    )
    .replace(/_\{?([0-9+-]{1,6})\}?/g, (whole, chars: string) =>
      [...chars].every((c) => SUBSCRIPTS[c]) ? [...chars].map((c) => SUBSCRIPTS[c]).join('') : whole,
    )
    .replace(/\\(?:mathbf|mathrm|textbf|textit|text|emph|mathit|texttt)\{([^{}]{0,200})\}/g, '$1')
    .replace(/\\([a-zA-Z]{1,12})\b ?/g, (whole, name: string) => LATEX_SYMBOLS[name] ?? whole)
    .replace(/\\([%&_#$])/g, '$1')
    .replace(/\$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

const SHORT_NAME_MAX = 48;
/** Words that end a title's naming phrase: "Vision Mamba for ..." -> "Vision Mamba". */
const PHRASE_BREAKS = new Set([
  'for', 'with', 'of', 'on', 'in', 'via', 'to', 'and', 'through', 'using', 'by', 'from', 'at', 'is', 'are',
  'under', 'over', 'versus', 'vs', 'as', 'towards', 'toward', 'beyond', 'without', 'into', 'aboard', 'onboard',
]);

/** Words a name does not end on: "Benchmarking and Dissecting the" -> "Benchmarking and Dissecting". */
const TRAILING_FILLERS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'for', 'with', 'is', 'are', 'to', 'in', 'on']);

/**
 * The part of the title before the colon ("FlightLLM", "Single-Path NAS"); without a colon,
 * the leading phrase up to the first preposition, at most four words.
 */
export function shortName(title: string): string {
  const display = displayTitle(title);
  // '"Give Me BF16 or Give Me Death"? Accuracy-Performance ...': the quoted phrase is the name.
  const quoted = /^["“]([^"”]{2,60})["”]/.exec(display);
  if (quoted?.[1]) return quoted[1];
  const colon = display.search(/:\s/);
  if (colon > 0 && colon <= SHORT_NAME_MAX) return display.slice(0, colon).trim();
  const words = display.split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length >= 4) break;
    if (kept.length >= 2 && PHRASE_BREAKS.has(word.toLowerCase())) break;
    kept.push(word);
  }
  while (kept.length > 1 && TRAILING_FILLERS.has((kept.at(-1) ?? '').toLowerCase())) kept.pop();
  const name = kept.join(' ').replace(/[,;:.]+$/, '');
  return name.length <= SHORT_NAME_MAX ? name : `${name.slice(0, SHORT_NAME_MAX - 1)}…`;
}
