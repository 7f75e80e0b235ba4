/**
 * Regression floors on our own annotated sets (test/fixtures/eval): the even-numbered seed papers
 * and twenty-seven sets of LaTeX/Unicode-heavy wild abstracts, scored like the dev set. They guard what the dev
 * set does not show (other phrasings, other hardware, markup); raise the floors as the extractor
 * improves, never lower them to pass.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseGold, parseTitles, score } from '../../scripts/score.js';
import { extractListing, extractSeed, WILD12_LISTING, WILD13_LISTING, WILD14_LISTING, WILD15_LISTING, WILD17_LISTING, WILD18_LISTING, WILD21_LISTING, WILD22_LISTING, WILD25_LISTING, WILD26_LISTING, WILD27_LISTING, WILD28_LISTING, WILD30_LISTING, WILD32_LISTING, WILD35_LISTING, WILD36_LISTING, WILD38_LISTING, WILD40_LISTING, WILD41_LISTING, WILD43_LISTING, WILD45_LISTING, WILD47_LISTING, WILD48_LISTING, WILD3_LISTING, WILD5_LISTING, WILD6_LISTING, WILD_LISTING } from '../../scripts/extract-seed.js';

const FIXTURES = new URL('../fixtures/eval/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

/**
 * Recorded 2026-11-26 — even: strict 0.986, baseline 0.894, hardware 0.901, phase 0.808; wild:
 * strict 0.997, baseline 0.948, hardware 0.960, phase 0.851; wild3 (an annotator who followed the
 * spec alone: it scores a bound "within N" as a drop where the dev gold gives no direction):
 * strict 0.920, direction 0.954, baseline 0.954, hardware 0.885, phase 0.885.
 * Second session, 2026-11-26 — even: baseline 0.901, hardware 0.908; wild3: strict 0.942,
 * hardware 0.885, phase 0.903; and two new sets: wild5 (hardware-diverse; first run, before any
 * rule was written from it: strict 0.921, hardware 0.708, phase 0.770; now strict 0.967, hardware
 * 0.885, phase 0.804) and wild6 (LLM systems; first run: strict 0.870, hardware 0.808, phase
 * 0.802; now strict 0.923, hardware 0.883, phase 0.832).
 * Third session, 2026-11-27 — two more sets, written and annotated from CLAIMS.md alone:
 * wild12 (LLM inference and serving; first run strict 0.849, hardware 0.837, phase 0.688; now
 * strict 0.901, hardware 0.900, phase 0.680: "decode", "inference" and "serving" are where its
 * annotator and the dev gold part most) and wild13 (accelerators, TinyML, training;
 * first run strict 0.861, hardware 0.905; now strict 0.936, hardware 0.897, phase 0.886); and
 * wild14 (a listing like the seed's, with its page chrome; first run strict 0.920, now 0.936,
 * hardware 0.907, phase 0.863).
 * Fourth session, 2026-11-27 — three more, from CLAIMS.md alone, each measured before any rule
 * was written from it: wild15 (arXiv LaTeX, efficient ML systems; first run strict 0.865, now
 * 0.942, hardware 0.811), wild17 (architecture and systems venues; first run 0.908, now 0.972,
 * hardware 0.748 and phase 0.712: its annotator puts a designed accelerator and data-movement
 * phases where the dev gold does not) and wild18 (ML venues; first run 0.917, now 0.955).
 * wild12 now 0.925, wild13 0.957, wild14 0.967.
 * Fifth session, 2026-11-27 — four more from CLAIMS.md alone, each scored before any rule was
 * written: wild21 (LLM serving in arXiv LaTeX; first run 0.912, now 0.966, hardware 0.723 and
 * phase 0.681: its annotator carries one platform and "decode"/"serving" further than the dev
 * gold) and wild22 (edge, MCU, FPGA and in-memory accelerators in Unicode; first run 0.929, now
 * 0.972) are here, and later wild25 (efficient models as HF papers lists them; first run 0.921,
 * now 0.940) and wild26 (systems venues; first run 0.896, now 0.913, hardware 0.690: its
 * annotator gives claims the abstract's cluster or chip where the dev gold leaves them none);
 * wild23 and wild24 stay outside the repository, scored only (first run 0.893 and 0.912).
 * Sixth session, 2026-11-27 — six more from CLAIMS.md alone, each scored before any rule was
 * written: wild27 (edge, MCU, FPGA and chips; first run 0.959, now 0.977), wild28 (LLM serving
 * and training; first run 0.930, now 0.983), wild30 (a mixed listing, three papers without
 * claims; first run 0.870, now 0.905) and wild32 (accelerator venues; first run 0.906, now 0.941,
 * hardware 0.645: its annotator gives every claim the designed chip) are here; wild29 and wild31
 * stay outside, scored only (first run 0.944 and 0.875, now 0.946 and 0.875).
 * Seventh session, 2026-11-27 — four more from CLAIMS.md alone, each scored before any rule was
 * written from it: wild35 (LLM training and fine-tuning systems, LaTeX; first run 0.925, now
 * 0.963), wild36 (on-device and edge ML, Unicode; first run 0.955, now 0.981), wild38 (a listing
 * in the seed's style; first run 0.933, now 0.953) and wild40 (speech, video, 3-D, science and
 * robotics; first run 0.852, now 0.897), and later wild41 (an HF papers listing of efficient LLMs
 * and VLMs; first run 0.945, now 0.958) and wild43 (a listing in the seed's mixed style; first run
 * 0.934, now 0.967) and wild45 (a seed-style listing of 2019-2022 papers; first run 0.945, now
 * 0.983), wild47 (a listing like the seed's, mixed topics; first run 0.910, now 0.933) and wild48
 * (non-native phrasing; first run 0.943, now 0.955); wild37, wild39, wild42, wild44 and wild46
 * stay outside, scored only.
 * The floors sit a claim or two under.
 */
type Floors = Readonly<Record<'strictF1' | 'unit' | 'direction' | 'qualifier' | 'baseline' | 'hardware_class' | 'phase', number>>;

/** A wild set: `<name>-gold.jsonl` and `<name>-titles.tsv` beside its listing. */
function wildSet(name: string, listing: string, floors: Floors) {
  return { name: `${name} abstracts`, report: () => score(parseGold(read(`${name}-gold.jsonl`)), parseTitles(read(`${name}-titles.tsv`)), extractListing(listing)), floors };
}

const SETS = [
  {
    name: 'even seed papers',
    report: () => score(parseGold(read('even-annotated.jsonl')), parseTitles(read('titles.tsv')), extractSeed(), { papers: 'even' }),
    floors: { strictF1: 0.97, unit: 0.98, direction: 0.97, qualifier: 0.97, baseline: 0.89, hardware_class: 0.89, phase: 0.79 },
  },
  wildSet('wild', WILD_LISTING, { strictF1: 0.97, unit: 0.98, direction: 0.97, qualifier: 0.98, baseline: 0.92, hardware_class: 0.93, phase: 0.82 }),
  wildSet('wild3', WILD3_LISTING, { strictF1: 0.93, unit: 0.97, direction: 0.95, qualifier: 0.97, baseline: 0.94, hardware_class: 0.87, phase: 0.89 }),
  wildSet('wild5', WILD5_LISTING, { strictF1: 0.95, unit: 0.98, direction: 0.97, qualifier: 0.99, baseline: 0.95, hardware_class: 0.87, phase: 0.79 }),
  wildSet('wild6', WILD6_LISTING, { strictF1: 0.91, unit: 0.96, direction: 0.98, qualifier: 0.96, baseline: 0.91, hardware_class: 0.87, phase: 0.82 }),
  wildSet('wild12', WILD12_LISTING, { strictF1: 0.89, unit: 0.97, direction: 0.95, qualifier: 0.98, baseline: 0.94, hardware_class: 0.88, phase: 0.66 }),
  wildSet('wild13', WILD13_LISTING, { strictF1: 0.92, unit: 0.98, direction: 0.96, qualifier: 0.98, baseline: 0.93, hardware_class: 0.88, phase: 0.87 }),
  wildSet('wild14', WILD14_LISTING, { strictF1: 0.95, unit: 0.97, direction: 0.96, qualifier: 0.98, baseline: 0.94, hardware_class: 0.89, phase: 0.85 }),
  wildSet('wild15', WILD15_LISTING, { strictF1: 0.93, unit: 0.95, direction: 0.96, qualifier: 0.96, baseline: 0.91, hardware_class: 0.8, phase: 0.84 }),
  wildSet('wild17', WILD17_LISTING, { strictF1: 0.95, unit: 0.97, direction: 0.93, qualifier: 0.97, baseline: 0.88, hardware_class: 0.76, phase: 0.7 }),
  wildSet('wild18', WILD18_LISTING, { strictF1: 0.93, unit: 0.95, direction: 0.97, qualifier: 0.96, baseline: 0.88, hardware_class: 0.86, phase: 0.82 }),
  wildSet('wild21', WILD21_LISTING, { strictF1: 0.95, unit: 0.98, direction: 0.93, qualifier: 0.97, baseline: 0.94, hardware_class: 0.7, phase: 0.66 }),
  wildSet('wild22', WILD22_LISTING, { strictF1: 0.96, unit: 0.96, direction: 0.95, qualifier: 0.97, baseline: 0.93, hardware_class: 0.83, phase: 0.81 }),
  wildSet('wild25', WILD25_LISTING, { strictF1: 0.92, unit: 0.97, direction: 0.94, qualifier: 0.97, baseline: 0.9, hardware_class: 0.92, phase: 0.81 }),
  wildSet('wild26', WILD26_LISTING, { strictF1: 0.89, unit: 0.97, direction: 0.94, qualifier: 0.97, baseline: 0.93, hardware_class: 0.66, phase: 0.69 }),
  wildSet('wild27', WILD27_LISTING, { strictF1: 0.96, unit: 0.95, direction: 0.95, qualifier: 0.96, baseline: 0.96, hardware_class: 0.7, phase: 0.83 }),
  wildSet('wild28', WILD28_LISTING, { strictF1: 0.97, unit: 0.97, direction: 0.93, qualifier: 0.97, baseline: 0.92, hardware_class: 0.8, phase: 0.73 }),
  wildSet('wild30', WILD30_LISTING, { strictF1: 0.87, unit: 0.96, direction: 0.93, qualifier: 0.97, baseline: 0.93, hardware_class: 0.85, phase: 0.87 }),
  wildSet('wild32', WILD32_LISTING, { strictF1: 0.92, unit: 0.97, direction: 0.96, qualifier: 0.98, baseline: 0.95, hardware_class: 0.87, phase: 0.76 }),
  wildSet('wild35', WILD35_LISTING, { strictF1: 0.95, unit: 0.98, direction: 0.92, qualifier: 0.97, baseline: 0.86, hardware_class: 0.79, phase: 0.86 }),
  wildSet('wild36', WILD36_LISTING, { strictF1: 0.97, unit: 0.98, direction: 0.95, qualifier: 0.94, baseline: 0.9, hardware_class: 0.81, phase: 0.86 }),
  wildSet('wild38', WILD38_LISTING, { strictF1: 0.94, unit: 0.97, direction: 0.96, qualifier: 0.97, baseline: 0.93, hardware_class: 0.9, phase: 0.78 }),
  wildSet('wild40', WILD40_LISTING, { strictF1: 0.88, unit: 0.95, direction: 0.96, qualifier: 0.98, baseline: 0.9, hardware_class: 0.82, phase: 0.85 }),
  wildSet('wild41', WILD41_LISTING, { strictF1: 0.94, unit: 0.96, direction: 0.94, qualifier: 0.98, baseline: 0.91, hardware_class: 0.85, phase: 0.76 }),
  wildSet('wild43', WILD43_LISTING, { strictF1: 0.95, unit: 0.97, direction: 0.96, qualifier: 0.98, baseline: 0.92, hardware_class: 0.85, phase: 0.85 }),
  wildSet('wild45', WILD45_LISTING, { strictF1: 0.97, unit: 0.98, direction: 0.97, qualifier: 0.98, baseline: 0.95, hardware_class: 0.88, phase: 0.87 }),
  wildSet('wild47', WILD47_LISTING, { strictF1: 0.92, unit: 0.97, direction: 0.97, qualifier: 0.97, baseline: 0.95, hardware_class: 0.8, phase: 0.8 }),
  wildSet('wild48', WILD48_LISTING, { strictF1: 0.94, unit: 0.99, direction: 0.98, qualifier: 0.95, baseline: 0.96, hardware_class: 0.86, phase: 0.79 }),
];

describe.each(SETS)('$name', ({ report: run, floors }) => {
  const report = run();

  it('matches every record to a title and stays above the F1 floor', () => {
    expect(report.unknown_titles).toBe(0);
    expect(report.strict.f1).toBeGreaterThanOrEqual(floors.strictF1);
  });

  it('stays above the field accuracy floors', () => {
    const a = report.attribute_accuracy;
    for (const field of ['unit', 'direction', 'qualifier', 'baseline', 'hardware_class', 'phase'] as const) {
      expect(a[field], field).toBeGreaterThanOrEqual(floors[field]);
    }
  });
});
