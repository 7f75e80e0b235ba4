/**
 * The number recognizer: every number of the normalized text with its unit, read through the ways
 * papers write numbers: decimals and thousands separators ("5,000x"), magnitude suffixes ("5.7M",
 * "100B", "360 million"), powers and scientific notation ("10^4", "8e^-5", "8×10^-5"), products
 * ("245759 times 50000 muJ"), ranges ("1.3-2.1x", "50-180%", "2x to 330x", "2.97~25.22x",
 * "3.72sim4.11times", "9.7x - 3,201x") and number words ("twice", "half", "an order of magnitude").
 *
 * The scan is linear: one global regex finds where numbers start, and each number is read
 * forward with sticky, bounded patterns.
 */
import { recognizeUnit, type UnitMatch } from '../vocabulary/units.js';
import { NUMBER_WORDS } from '../vocabulary/number-words.js';
import { alternation } from '../vocabulary/build-pattern.js';
import { KeywordLexicon, keywordPattern, scanKeywords, type KeywordPositions } from '../text/keyword-scan.js';

export type QuantityForm =
  | 'number'
  | 'range'
  | 'word'
  | 'product'
  | 'dimension'
  | 'power'
  | 'change-start'
  | 'change-end'
  | 'uncounted-magnitude';

export interface Quantity {
  /** Normalized-text span of the whole quantity (numbers, connectors, unit). */
  readonly start: number;
  readonly end: number;
  /** End of the last number, before its unit. */
  readonly numberEnd: number;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: UnitMatch | null;
  readonly form: QuantityForm;
  /** The magnitude suffix or word that scaled the value ("M", "billion"), or null. */
  readonly magnitude: string | null;
  readonly text: string;
}

interface ReadNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly magnitude: string | null;
  readonly scientific: boolean;
}

const MAGNITUDE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['K', 1e3],
  ['k', 1e3],
  ['M', 1e6],
  ['B', 1e9],
  ['G', 1e9],
  ['T', 1e12],
]);
const MAGNITUDE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

// Where a digit-number starts: not glued to a preceding digit, dot or comma-digit.
const NUMBER_START = /(?<![\d.])\d|(?<![\w.])\.\d/g;
const MANTISSA = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+/y;
const EXPONENT_E = /[eE]\^?(?<exp>[-+]?\d{1,3})(?![\d.])/y;
const POWER = /\^(?<exp>-?\d{1,3})(?![\d.])/y;
const TIMES_TEN_POWER = / ?[×x·*] ?10\^(?<exp>-?\d{1,3})(?![\d.])/y;
const MAGNITUDE_SUFFIX = /(?<suffix>[KkMBT])(?![A-Za-z0-9])/y;
const MAGNITUDE_WORD = / (?<word>thousand|million|billion|trillion)\b/iy;
/**
 * A suffix apart from its unit ("0.45 M parameters", "0.8G FLOPs", "1.2 G MACs"): G (giga) only
 * counts this way, before what it counts, so "5G" alone stays a name.
 */
const SPACED_SUFFIX = / ?(?<suffix>[KkMBG]) (?=param|FLOP|MAC|token|sample|image|GPU-hour)/y;
/** The characters the patterns after a number open with (checked before a pattern is tried). */
const MAGNITUDE_LETTERS = 'KkMBT';
const MAGNITUDE_WORD_OPENINGS = 'tmbTMB';
const SPACED_LETTERS = 'KkMBG';

/** Whether TIMES_TEN_POWER may match at `at`: a multiplication sign, then "10^" after at most one space each side. */
function mayBeTimesTen(text: string, at: number): boolean {
  const c = text[at];
  if (c !== ' ' && c !== '×' && c !== 'x' && c !== '·' && c !== '*') return false;
  for (let k = at + 1; k <= at + 3; k++) if (text[k] === '1' && text[k + 1] === '0' && text[k + 2] === '^') return true;
  return false;
}
const RANGE_CONNECTOR = /(?: ?(?:-|~|–) ?|sim| to | - |~ | ~)(?=\$?[\d.])/y;
/** "from 38% to under 4%": a change whose end value carries its own qualifier. */
const TO_AFTER_ASIDE = / (?:\([^()]{1,30}\)|(?:with|for|of|using|under) [\w.+-]+(?: [\w.+-]+)?) to (?=\$?[\d.])/y;
const TO_QUALIFIED = / to (?:under|below|about|around|approximately|less than|more than|over|nearly|almost|just|only|roughly) (?=\$?[\d.])/y;
const PRODUCT_CONNECTOR = /(?: ?[×*] ?| ?times ?|[xX])(?=\d)/y;
const BETWEEN_BEFORE = /\bbetween $/;
const AND_CONNECTOR = / and (?=[\d.])/y;
const FROM_BEFORE = /\bfrom (?:about |around |~|approximately )?(?:US\$ ?|\$ ?)?$/i;
const CHANGE_VERB_BEFORE = /\b(?:reduc\w*|decreas\w*|increas\w*|cut\w*|lower\w*|rais\w*|boost\w*|drop\w*|shrink\w*|grow\w*|improv\w*|go(?:es)?|went|bring\w*|brought|scal\w*|compress\w*|accelerat\w*|speed\w*|sav\w*|shorten\w*|slash\w*|extend\w*|fell|falls?|rises?|rose|climb\w*|narrow\w*|lift\w*|push\w*|elevat\w*|doubl\w*|tripl\w*|expand\w*|jump\w*|advanc\w*|mov(?:e|es|ed|ing))\b(?:[^.;]|\.(?=\d)){0,80}$/i;
/** "by a factor of 24.4" states a multiple; a real-time factor is a value of its own. */
const FACTOR_OF_BEFORE = /(?<!real[ -]time )\bfactor of (?:about |around |~|up to |approximately |over |more than )?$/i;
export const NUMBER_WORD_SCAN = keywordPattern(`\\b(?:${alternation(NUMBER_WORDS.map((entry) => entry.text), { flexibleSpaces: true })})\\b`, 'i');
const NUMBER_WORD_LEXICON = new KeywordLexicon([NUMBER_WORD_SCAN]);
const NUMBER_WORD_LOOKUP = new Map(NUMBER_WORDS.map((entry) => [entry.text.toLowerCase(), entry]));

/** Compute units with a magnitude prefix read in base units (Decision 4): 0.31 GFLOPs is 310M FLOPs. */
const COMPUTE_PREFIXES: ReadonlyMap<string, readonly [string, number]> = new Map([
  ['GFLOPs', ['FLOPs', 1e9]],
  ['MFLOPs', ['FLOPs', 1e6]],
  ['GMACs', ['MACs', 1e9]],
  ['MMACs', ['MACs', 1e6]],
]);

function finish(q: Quantity): Quantity {
  const expand = q.unit ? COMPUTE_PREFIXES.get(q.unit.unit) : undefined;
  if (!expand || !q.unit) return q;
  const [unit, factor] = expand;
  return { ...q, value: q.value * factor, valueMax: q.valueMax === null ? null : q.valueMax * factor, unit: { ...q.unit, unit } };
}

function readNumber(text: string, pos: number): ReadNumber | null {
  MANTISSA.lastIndex = pos;
  const mantissa = MANTISSA.exec(text);
  if (!mantissa) return null;
  const written = mantissa[0];
  let value = Number(written.includes(',') ? written.replace(/,/g, '') : written);
  let end = pos + written.length;
  let magnitude: string | null = null;
  let scientific = false;

  // Each pattern after the number is tried only where the characters it must open with are.
  const next = text[end];
  const timesTen = mayBeTimesTen(text, end) ? ((TIMES_TEN_POWER.lastIndex = end), TIMES_TEN_POWER.exec(text)) : null;
  if (timesTen) {
    value *= 10 ** Number(timesTen.groups?.exp);
    end += timesTen[0].length;
    scientific = true;
  } else {
    const e = next === 'e' || next === 'E' ? ((EXPONENT_E.lastIndex = end), EXPONENT_E.exec(text)) : null;
    if (e) {
      value *= 10 ** Number(e.groups?.exp);
      end += e[0].length;
      scientific = true;
    } else {
      const power = next === '^' ? ((POWER.lastIndex = end), POWER.exec(text)) : null;
      if (power) {
        value **= Number(power.groups?.exp);
        end += power[0].length;
        scientific = true;
      }
    }
  }
  if (!scientific) {
    const suffix = next !== undefined && MAGNITUDE_LETTERS.includes(next) ? ((MAGNITUDE_SUFFIX.lastIndex = end), MAGNITUDE_SUFFIX.exec(text)) : null;
    if (suffix) {
      magnitude = suffix.groups?.suffix ?? null;
      value *= MAGNITUDE_SUFFIXES.get(magnitude ?? '') ?? 1;
      end += suffix[0].length;
    } else {
      const after = text[end + 1];
      const word = next === ' ' && after !== undefined && MAGNITUDE_WORD_OPENINGS.includes(after) ? ((MAGNITUDE_WORD.lastIndex = end), MAGNITUDE_WORD.exec(text)) : null;
      const spacedAt = next === ' ' ? after : next;
      const spaced = word || spacedAt === undefined || !SPACED_LETTERS.includes(spacedAt) ? null : ((SPACED_SUFFIX.lastIndex = end), SPACED_SUFFIX.exec(text));
      if (spaced) {
        magnitude = spaced.groups?.suffix ?? null;
        value *= MAGNITUDE_SUFFIXES.get(magnitude ?? '') ?? 1;
        end += spaced[0].length - 1;
      }
      if (word) {
        magnitude = (word.groups?.word ?? '').toLowerCase();
        value *= MAGNITUDE_WORDS.get(magnitude) ?? 1;
        end += word[0].length;
      }
    }
  }
  return { start: pos, end, value, magnitude, scientific };
}

function unitAt(text: string, pos: number): UnitMatch | null {
  return recognizeUnit(text, pos);
}

/** Seconds, bytes or operations per unit, so that "from 3 days to 9 hours" compares its two ends. */
const BASE_UNITS: ReadonlyMap<string, number> = new Map([
  ['ns', 1e-9], ['us', 1e-6], ['ms', 1e-3], ['s', 1], ['min', 60], ['h', 3600], ['days', 86400], ['GPU-h', 3600], ['GPU-days', 86400],
  ['TPU-h', 3600], ['TPU-days', 86400], ['KB', 1e3], ['MB', 1e6], ['GB', 1e9], ['TB', 1e12], ['Kb', 125], ['Mb', 125e3], ['Gb', 125e6],
  ['uJ', 1e-6], ['mJ', 1e-3], ['J', 1], ['kJ', 1e3], ['uW', 1e-6], ['mW', 1e-3], ['W', 1], ['kW', 1e3],
]);

function inBaseUnits(value: number, unit: UnitMatch | null): number {
  return value * (unit ? (BASE_UNITS.get(unit.unit) ?? 1) : 1);
}

/** Where a currency sign right before a number starts ("$1,500", "$ 74", "US$20", "US$ 20"), or -1. */
function currencySignStart(text: string, pos: number): number {
  const sign = text[pos - 1] === '$' ? pos - 1 : text[pos - 1] === ' ' && text[pos - 2] === '$' ? pos - 2 : -1;
  return sign >= 2 && text.startsWith('US', sign - 2) ? sign - 2 : sign;
}

/** "from 26 GPU-hours to 35 minutes": durations (or sizes) in different units are one change. */
function unitFamily(unit: UnitMatch): string {
  return /time|epochs/.test(unit.kind) ? 'time' : unit.kind;
}

/** Units that a range's two ends may share: "1.5x-2x", "4-5x", "1.5% to 6.4%". */
function compatibleUnits(first: UnitMatch | null, second: UnitMatch | null): boolean {
  if (!second) return first === null;
  if (!first) return true;
  return first.unit === second.unit;
}

/** Reads the quantity starting at a digit, or null when the text there is no number. */
function readQuantity(text: string, pos: number): { quantity: Quantity; consumedStart?: Quantity } | null {
  const first = readNumber(text, pos);
  if (!first) return null;
  let unit = unitAt(text, first.end);

  // A product of two numbers: "245759 times 50000 muJ" is a value; "1248×1248" and "64×64 array"
  // are dimensions.
  if (!first.scientific && (!unit || unit.kind === 'factor')) {
    PRODUCT_CONNECTOR.lastIndex = first.end;
    const product = PRODUCT_CONNECTOR.exec(text);
    if (product) {
      const second = readNumber(text, first.end + product[0].length);
      if (second) {
        const secondUnit = unitAt(text, second.end);
        const physical = secondUnit !== null && secondUnit.kind !== 'factor' && secondUnit.kind !== 'percent';
        const end = secondUnit ? secondUnit.end : second.end;
        return {
          quantity: {
            start: pos,
            end,
            numberEnd: second.end,
            value: first.value * second.value,
            valueMax: null,
            unit: physical ? secondUnit : null,
            form: physical ? 'product' : 'dimension',
            magnitude: second.magnitude,
            text: text.slice(pos, end),
          },
        };
      }
    }
  }

  // A range: "1.3-2.1x", "2x to 330x", "between 2 and 5x", "from 42GB to 11GB" (a change).
  let connectorEnd = -1;
  RANGE_CONNECTOR.lastIndex = unit ? unit.end : first.end;
  const connector = RANGE_CONNECTOR.exec(text);
  if (connector) connectorEnd = connector.index + connector[0].length;
  else if (BETWEEN_BEFORE.test(text.slice(Math.max(0, pos - 12), pos))) {
    AND_CONNECTOR.lastIndex = unit ? unit.end : first.end;
    const and = AND_CONNECTOR.exec(text);
    if (and) connectorEnd = and.index + and[0].length;
  }
  let qualifiedEnd = false;
  if (connectorEnd < 0 && FROM_BEFORE.test(text.slice(Math.max(0, pos - 30), pos))) {
    TO_QUALIFIED.lastIndex = unit ? unit.end : first.end;
    TO_AFTER_ASIDE.lastIndex = unit ? unit.end : first.end;
    // "from 8.83 (Wanda) to 6.41", "from 33.2 with Wanda to 19.7": whose the start value is, in between.
    const qualified = TO_QUALIFIED.exec(text) ?? TO_AFTER_ASIDE.exec(text);
    if (qualified) {
      connectorEnd = qualified.index + qualified[0].length;
      qualifiedEnd = true;
    }
  }
  // "train ResNet-50 to 76.1% accuracy": a number that ends a name starts no range.
  const endsName = unit === null && /[A-Za-z]-?$/.test(text.slice(Math.max(0, pos - 2), pos));
  if (connectorEnd > 0 && !endsName) {
    // "from $3,200 to roughly $540": a currency sign before the second number.
    const secondCurrency = text[connectorEnd] === '$';
    const second = readNumber(text, connectorEnd + (secondCurrency ? 1 : 0));
    if (second) {
      const secondUnit = unitAt(text, second.end) ?? (secondCurrency ? { unit: '$', kind: 'currency' as const, start: second.start - 1, end: second.start } : null);
      const sign = secondCurrency && !unit ? currencySignStart(text, pos) : -1;
      if (sign >= 0) unit = { unit: '$', kind: 'currency', start: sign, end: pos };
      const hyphenated = connector !== null && connector[0] === '-' && !unit && !secondUnit;
      const sameFamily = unit !== null && secondUnit !== null && unitFamily(unit) === unitFamily(secondUnit) && connector !== null && connector[0] === ' to ';
      if ((compatibleUnits(unit, secondUnit) || sameFamily) && !hyphenated) {
        const sharedUnit = secondUnit ?? unit;
        // (A currency sign stands before its number: the quantity still ends after the number.)
        const end = secondUnit ? Math.max(secondUnit.end, second.end) : second.end;
        const before = text.slice(Math.max(0, pos - 80), pos);
        const fromTo = (qualifiedEnd || (connector !== null && connector[0] === ' to ')) && FROM_BEFORE.test(before);
        const lower = inBaseUnits(second.value, secondUnit ?? unit) < inBaseUnits(first.value, unit ?? secondUnit);
        const isChange =
          fromTo && (qualifiedEnd || lower || (CHANGE_VERB_BEFORE.test(before) && !/\brang\w*\b[^.;]{0,30}$/i.test(before)));
        if (isChange) {
          const startUnit = unit ?? sharedUnit;
          return {
            quantity: {
              start: second.start - (secondCurrency ? 1 : 0),
              end,
              numberEnd: second.end,
              value: second.value,
              valueMax: null,
              unit: sharedUnit,
              form: 'change-end',
              magnitude: second.magnitude,
              text: text.slice(second.start - (secondCurrency ? 1 : 0), end),
            },
            consumedStart: {
              start: pos,
              end: unit ? unit.end : first.end,
              numberEnd: first.end,
              value: first.value,
              valueMax: null,
              unit: startUnit,
              form: 'change-start',
              magnitude: first.magnitude,
              text: text.slice(pos, unit ? unit.end : first.end),
            },
          };
        }
        // Not a change: a range, when both ends share a unit and go up.
        const ascending = second.value > first.value;
        if (!qualifiedEnd && compatibleUnits(unit, secondUnit)) {
          if (ascending) {
            // "by a factor of 3.0 to 3.5": the words before the range make its numbers multiples.
            const rangeUnit = sharedUnit ?? (FACTOR_OF_BEFORE.test(text.slice(Math.max(0, pos - 40), pos)) ? ({ unit: 'x', kind: 'factor', start: second.end, end: second.end } as const) : null);
            return {
              quantity: {
                start: pos,
                end,
                numberEnd: second.end,
                value: first.value,
                valueMax: second.value,
                unit: rangeUnit,
                form: 'range',
                magnitude: second.magnitude ?? first.magnitude,
                text: text.slice(pos, end),
              },
            };
          }
        }
      }
    }
  }

  const sign = unit ? -1 : currencySignStart(text, pos);
  if (sign >= 0) {
    // "$1,500", "$ 74", "US$ 20": a currency sign before the number.
    unit = { unit: '$', kind: 'currency', start: sign, end: pos };
    return { quantity: finish({ start: sign, end: first.end, numberEnd: first.end, value: first.value, valueMax: null, unit, form: 'number', magnitude: first.magnitude, text: text.slice(sign, first.end) }) };
  }
  if (!unit) {
    FACTOR_OF_BEFORE.lastIndex = 0;
    if (FACTOR_OF_BEFORE.test(text.slice(Math.max(0, pos - 40), pos))) {
      unit = { unit: 'x', kind: 'factor', start: first.end, end: first.end };
    }
  }
  const end = unit ? unit.end : first.end;
  return {
    quantity: {
      start: pos,
      end,
      numberEnd: first.end,
      value: first.value,
      valueMax: null,
      unit,
      form: first.scientific && !unit ? 'power' : 'number',
      magnitude: first.magnitude,
      text: text.slice(pos, end),
    },
  };
}

/** Number words: "twice" is 2x, "an order of magnitude" 10x, "orders of magnitude" no count. */
function readNumberWords(text: string, positions: KeywordPositions): Quantity[] {
  const found: Quantity[] = [];
  scanKeywords(NUMBER_WORD_SCAN, text, positions.of(NUMBER_WORD_SCAN), (match) => {
    const written = match[0].toLowerCase().replace(/-/g, ' ');
    const entry = NUMBER_WORD_LOOKUP.get(written) ?? NUMBER_WORD_LOOKUP.get(match[0].toLowerCase());
    if (!entry) return;
    if (entry.notFollowedBy && entry.notFollowedBy.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12))) {
      return;
    }
    const start = match.index;
    const end = start + match[0].length;
    found.push({
      start,
      end,
      numberEnd: end,
      value: entry.value ?? Number.NaN,
      valueMax: null,
      // (A duration in words carries its own unit, written inside the match: "five minutes".)
      unit: entry.unit ? { ...entry.unit, start: start + match[0].lastIndexOf(' ') + 1, end } : { unit: 'x', kind: 'factor', start: end, end },
      form: entry.value === null ? 'uncounted-magnitude' : 'word',
      magnitude: null,
      text: match[0],
    });
  });
  return found;
}

export interface RecognizedQuantities {
  readonly quantities: readonly Quantity[];
  /** Start values of "from A to B" changes: not claims (CLAIMS.md Decision 10). */
  readonly changeStarts: readonly Quantity[];
}

/** Every quantity of the text; `positions` from a lexicon holding NUMBER_WORD_SCAN (the document's) saves a pass. */
export function recognizeQuantities(text: string, positions: KeywordPositions = NUMBER_WORD_LEXICON.positions(text)): RecognizedQuantities {
  const quantities: Quantity[] = [];
  const changeStarts: Quantity[] = [];
  let resumeAt = 0;
  NUMBER_START.lastIndex = 0;
  // exec on the module's own regex: matchAll would clone it on every call.
  NUMBER_START.lastIndex = 0;
  for (let match = NUMBER_START.exec(text); match !== null; match = NUMBER_START.exec(text)) {
    if (match.index < resumeAt) {
      NUMBER_START.lastIndex = resumeAt;
      continue;
    }
    const read = readQuantity(text, match.index);
    if (!read) continue;
    quantities.push(finish(read.quantity));
    if (read.consumedStart) changeStarts.push(read.consumedStart);
    resumeAt = read.quantity.end;
  }
  // Both lists are in text order: one pass drops number words inside digit quantities.
  const words: Quantity[] = [];
  let qi = 0;
  for (const word of readNumberWords(text, positions)) {
    while (qi < quantities.length && (quantities[qi] as Quantity).end <= word.start) qi++;
    const q = quantities[qi];
    if (!q || q.start >= word.end) words.push(word);
  }
  const all = words.length > 0 ? [...quantities, ...words].sort((a, b) => a.start - b.start) : quantities;
  return { quantities: shareListUnits(text, all), changeStarts };
}

/** The words between two members of a list: "61.22 and 6.80", "1, 2, or 4", "+1.2, +2.0 and +4.6". */
const LIST_JOIN = /^(?:, ?(?:and |or )?| and | or )\+?$/;

/**
 * "by 61.22 and 6.80 perplexity", "1.2, 2.5 and 3.1 ms": a list's unit, written once after its
 * last member, is every member's. Bare digits only: a number word or a number with a unit of
 * its own keeps what it has.
 */
function shareListUnits(text: string, quantities: Quantity[]): Quantity[] {
  for (let i = quantities.length - 2; i >= 0; i--) {
    const q = quantities[i] as Quantity;
    const next = quantities[i + 1] as Quantity;
    if (q.unit !== null || next.unit === null || q.form !== 'number' || next.form !== 'number' || q.magnitude !== null) continue;
    const join = text.slice(q.end, next.start);
    // (A plus sign joins signed members only.)
    if (next.end - q.end > 40 || !LIST_JOIN.test(join) || !/^\d/.test(q.text) || (join.endsWith('+') && text[q.start - 1] !== '+')) continue;
    quantities[i] = { ...q, unit: next.unit };
  }
  return quantities;
}
