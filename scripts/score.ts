/**
 * A faithful TypeScript port of ../shared/eval/score.py: scores extracted claims against a gold
 * set with the same matching (value and value_max within relative tolerance 1e-6, metric for
 * strict, greedy in gold order preferring metric then unit agreement), the same unit aliases,
 * the same baseline token overlap, strict/loose P/R/F1 and per-field accuracy on strict matches.
 *
 *   node --import tsx scripts/score.ts GOLD.jsonl TITLES.tsv PRED.json [--papers 1,3,5|odd|even] [--show N] [--json]
 *
 * `score()` is the library entry point (used by the dev-gold regression test and `npm run eval`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface GoldClaim {
  readonly paper: number;
  readonly metric: string;
  readonly value: number;
  readonly value_max?: number | null;
  readonly unit?: string | null;
  readonly direction?: string | null;
  readonly qualifier?: string | null;
  readonly baseline?: string | null;
  readonly hardware_class?: string | null;
  readonly phase?: string | null;
  readonly evidence?: string;
  readonly [field: string]: unknown;
}

export type Prediction = Record<string, unknown>;

export interface PRF {
  readonly tp: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ScoreReport {
  readonly gold: number;
  readonly predicted: number;
  readonly unknown_titles: number;
  readonly strict: PRF;
  readonly loose: PRF;
  readonly attribute_accuracy: Readonly<Record<AttributeField, number>>;
  /** Gold claims with no strict match, and predictions with none (what --show prints). */
  readonly missed: readonly GoldClaim[];
  readonly spurious: readonly (Prediction & { _paper: number })[];
}

export type AttributeField = 'unit' | 'direction' | 'qualifier' | 'baseline' | 'hardware_class' | 'phase';

/** score.py's norm_title: NFKC, drop $ \ { } ^, lower-case, non-alphanumerics to single spaces. */
export function normTitle(title: string | null | undefined): string {
  const t = (title ?? '').normalize('NFKC').replace(/[$\\{}^]/g, '');
  return t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** score.py's load_preds: a JSON array, one object (possibly with `claims`), or JSON lines. */
export function loadPredictions(text: string): Prediction[] {
  const t = text.trim();
  if (!t) return [];
  if (t[0] === '[') return JSON.parse(t) as Prediction[];
  if (t[0] === '{' && !t.includes('\n')) {
    const obj = JSON.parse(t) as Record<string, unknown>;
    return (obj.claims as Prediction[] | undefined) ?? [obj];
  }
  try {
    const obj = JSON.parse(t) as unknown;
    if (obj !== null && typeof obj === 'object' && !Array.isArray(obj)) {
      const record = obj as Record<string, unknown>;
      return (record.claims as Prediction[] | undefined) ?? (record.results as Prediction[] | undefined) ?? [];
    }
    return obj as Prediction[];
  } catch {
    return t
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Prediction);
  }
}

function predTitle(p: Prediction): string | null {
  for (const key of ['title', 'paper_title']) {
    if (typeof p[key] === 'string') return p[key] as string;
  }
  const paper = p.paper;
  if (paper !== null && typeof paper === 'object' && !Array.isArray(paper)) {
    const title = (paper as Record<string, unknown>).title;
    return typeof title === 'string' ? title : null;
  }
  return null;
}

/** score.py's num: float(x), or None when it cannot be read as one. */
function num(x: unknown): number | null {
  if (x === null || x === undefined) return null;
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'string') {
    const s = x.trim();
    if (!/^[-+]?(?:\d+\.?\d*(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?|inf(?:inity)?|nan)$/i.test(s)) return null;
    if (/^[-+]?inf/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
    if (/nan/i.test(s)) return Number.NaN;
    return Number(s);
  }
  return null;
}

function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === null && b === null;
  return Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.abs(a), Math.abs(b));
}

export const UNIT_ALIASES: Readonly<Record<string, string>> = {
  times: 'x',
  '×': 'x',
  percent: '%',
  points: 'pt',
  point: 'pt',
  'μj': 'uj',
  'µj': 'uj',
  muj: 'uj',
  'gpu-hours': 'gpu-h',
  'tpu-hours': 'tpu-h',
  hours: 'h',
  hour: 'h',
  'tok/s': 'tokens/s',
  'token/s': 'tokens/s',
  fps: 'fps',
};

/** score.py's norm_unit: str(u).strip().lower(), then the aliases. */
export function normUnit(u: unknown): string | null {
  if (u === null || u === undefined) return null;
  const s = pyStr(u).trim().toLowerCase();
  return UNIT_ALIASES[s] ?? s;
}

const STOP_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'on', 'existing']);

function normText(s: unknown): Set<string> {
  const text = typeof s === 'string' ? s : s ? pyStr(s) : '';
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((w) => !STOP_WORDS.has(w)));
}

/** score.py's baseline_ok: both empty, or token overlap of at least half the smaller set. */
export function baselineOk(g: unknown, p: unknown): boolean {
  if (!g && !p) return true;
  if (!g || !p) return false;
  const a = normText(g);
  const b = normText(p);
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.5;
}

/** Python's str() for the values a claim field may hold. */
function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return pyFloatOrInt(v);
  return String(v);
}

/** Python's repr of a number: scientific below 1e-4 and from 1e16 ("8e-05", "1e+16"). */
function pyFloatOrInt(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const abs = Math.abs(v);
  if (v !== 0 && (abs < 1e-4 || (abs >= 1e16 && !Number.isInteger(v)))) {
    const [mantissa, exponent] = v.toExponential().split('e') as [string, string];
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`;
  }
  return String(v);
}

export function parsePapers(spec: string | undefined, allNumbers: Iterable<number>): Set<number> {
  const all = [...allNumbers];
  if (spec === undefined) return new Set(all);
  if (spec === 'odd') return new Set(all.filter((n) => n % 2 === 1));
  if (spec === 'even') return new Set(all.filter((n) => n % 2 === 0));
  return new Set(
    spec
      .split(',')
      .filter((x) => x)
      .map((x) => Number.parseInt(x, 10)),
  );
}

/** score.py rounds with round(x, 4). */
function round4(x: number): number {
  return Number(x.toFixed(4));
}

/** `titles`: number -> title, as in titles.tsv. */
export function score(
  goldAll: readonly GoldClaim[],
  titles: ReadonlyMap<number, string>,
  predictions: readonly Prediction[],
  options: { papers?: string } = {},
): ScoreReport {
  const byTitle = new Map<string, number>();
  for (const [n, t] of titles) byTitle.set(normTitle(t), n);
  const papers = parsePapers(options.papers, byTitle.values());
  const gold = goldAll.filter((g) => papers.has(g.paper));
  const preds: (Prediction & { _paper: number })[] = [];
  let unknown = 0;
  for (const p of predictions) {
    const n = byTitle.get(normTitle(predTitle(p)));
    if (n === undefined) {
      unknown++;
      continue;
    }
    if (papers.has(n)) preds.push({ ...p, _paper: n });
  }

  const match = (strict: boolean): Array<[number, number]> => {
    const used = new Set<number>();
    const pairs: Array<[number, number]> = [];
    gold.forEach((g, gi) => {
      let best: { metricOk: boolean; unitOk: boolean; pi: number } | null = null;
      preds.forEach((p, pi) => {
        if (used.has(pi) || p._paper !== g.paper) return;
        if (!(same(num(p.value), num(g.value)) && same(num(p.value_max), num(g.value_max)))) return;
        const metricOk = p.metric === g.metric;
        if (strict && !metricOk) return;
        const unitOk = normUnit(p.unit) === normUnit(g.unit);
        // Python compares (metric_ok, unit_ok) tuples: a strictly better tuple replaces the best.
        if (best === null || greater([metricOk, unitOk], [best.metricOk, best.unitOk])) best = { metricOk, unitOk, pi };
      });
      if (best !== null) {
        const chosen: { pi: number } = best;
        used.add(chosen.pi);
        pairs.push([gi, chosen.pi]);
      }
    });
    return pairs;
  };

  const prf = (tp: number): PRF => {
    const precision = preds.length ? tp / preds.length : 0.0;
    const recall = gold.length ? tp / gold.length : 0.0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0.0;
    return { tp, precision: round4(precision), recall: round4(recall), f1: round4(f1) };
  };
  const strictPairs = match(true);
  const loosePairs = match(false);

  const checks: ReadonlyArray<readonly [AttributeField, (g: GoldClaim, p: Prediction) => boolean]> = [
    ['unit', (g, p) => normUnit(g.unit) === normUnit(p.unit)],
    ['direction', (g, p) => (g.direction ?? null) === (p.direction ?? null)],
    ['qualifier', (g, p) => (g.qualifier ?? null) === (p.qualifier ?? null)],
    ['baseline', (g, p) => baselineOk(g.baseline, p.baseline)],
    ['hardware_class', (g, p) => (g.hardware_class ?? null) === (p.hardware_class ?? null)],
    ['phase', (g, p) => (g.phase ?? null) === (p.phase ?? null)],
  ];
  const attributes = {} as Record<AttributeField, number>;
  for (const [field, ok] of checks) {
    const hits = strictPairs.filter(([gi, pi]) => ok(gold[gi] as GoldClaim, preds[pi] as Prediction)).length;
    attributes[field] = strictPairs.length ? round4(hits / strictPairs.length) : 0.0;
  }
  const matchedGold = new Set(strictPairs.map(([gi]) => gi));
  const matchedPred = new Set(strictPairs.map(([, pi]) => pi));
  return {
    gold: gold.length,
    predicted: preds.length,
    unknown_titles: unknown,
    strict: prf(strictPairs.length),
    loose: prf(loosePairs.length),
    attribute_accuracy: attributes,
    missed: gold.filter((_, gi) => !matchedGold.has(gi)),
    spurious: preds.filter((_, pi) => !matchedPred.has(pi)),
  };
}

function greater(a: readonly [boolean, boolean], b: readonly [boolean, boolean]): boolean {
  if (a[0] !== b[0]) return a[0];
  return a[1] && !b[1];
}

/** Reads titles.tsv: `number<TAB>title` per line. */
export function parseTitles(text: string): Map<number, string> {
  const titles = new Map<number, string>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const tab = line.indexOf('\t');
    titles.set(Number.parseInt(line.slice(0, tab), 10), line.slice(tab + 1).replace(/\r$/, ''));
  }
  return titles;
}

export function parseGold(text: string): GoldClaim[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldClaim);
}

/** The report as score.py prints it: json.dumps(out, indent=1), floats written as Python writes them. */
export function formatReport(report: ScoreReport, { json = false } = {}): string {
  const out = {
    gold: report.gold,
    predicted: report.predicted,
    unknown_titles: report.unknown_titles,
    strict: report.strict,
    loose: report.loose,
    attribute_accuracy: report.attribute_accuracy,
  };
  return json ? pyDumps(out, null, 0) : pyDumps(out, 1, 0);
}

const FLOAT_KEYS: ReadonlySet<string> = new Set(['precision', 'recall', 'f1', 'unit', 'direction', 'qualifier', 'baseline', 'hardware_class', 'phase']);

function pyNumber(key: string, v: number): string {
  const s = String(v);
  return FLOAT_KEYS.has(key) && Number.isInteger(v) ? `${s}.0` : s;
}

function pyDumps(value: unknown, indent: number | null, depth: number, key = ''): string {
  if (typeof value === 'number') return pyNumber(key, value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>);
  if (indent === null) return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${pyDumps(v, null, depth + 1, k)}`).join(', ')}}`;
  const pad = ' '.repeat(indent * (depth + 1));
  const close = ' '.repeat(indent * depth);
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${pyDumps(v, indent, depth + 1, k)}`).join(',\n')}\n${close}}`;
}

/** The --show listing, as score.py prints it. */
export function formatShow(report: ScoreReport): string {
  const lines = ['', '# missed (gold not found):'];
  for (const g of report.missed) lines.push(`  [${g.paper}] ${g.metric} ${pyStr(g.value)} ${pyStr(g.unit)} :: ${g.evidence ?? ''}`);
  lines.push('', '# spurious (predicted, not in gold):');
  for (const p of report.spurious) {
    const ev = (p.evidence as string | undefined) || (p.sentence as string | undefined) || '';
    lines.push(`  [${p._paper}] ${pyStr(p.metric)} ${pyStr(p.value)} ${pyStr(p.unit)} :: ${[...String(ev)].slice(0, 160).join('')}`);
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  const args: string[] = [];
  const opts: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--')) {
      const key = arg.slice(2);
      const next = argv[i + 1];
      if ((key === 'papers' || key === 'show') && next !== undefined) {
        opts[key] = next;
        i++;
      } else {
        opts[key] = true;
      }
    } else {
      args.push(arg);
    }
  }
  const [goldPath, titlesPath, predPath] = args;
  if (!goldPath || !titlesPath || !predPath) {
    process.stderr.write('usage: score.ts GOLD.jsonl TITLES.tsv PRED.json [--papers 1,3,5|odd|even] [--show N] [--json]\n');
    process.exitCode = 2;
    return;
  }
  const report = score(
    parseGold(readFileSync(goldPath, 'utf8')),
    parseTitles(readFileSync(titlesPath, 'utf8')),
    loadPredictions(readFileSync(predPath, 'utf8')),
    typeof opts.papers === 'string' ? { papers: opts.papers } : {},
  );
  process.stdout.write(`${formatReport(report, { json: opts.json === true })}\n`);
  const show = typeof opts.show === 'string' ? Number.parseInt(opts.show, 10) || 0 : 0;
  if (show) process.stdout.write(`${formatShow(report)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
