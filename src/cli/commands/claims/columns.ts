/**
 * How a claim reads on screen, shared by claims, rank, compare and show: the value as the
 * paper states it, its factor on the common scale, and the table columns built from them.
 */
import type { ClaimRecord } from '../../../query/claims.js';
import type { Column } from '../../render/render.js';
import type { Theme } from '../../render/theme.js';

/** A number as a person writes it: integers plain, others to six significant digits. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(6)));
}

/** The claim as stated: "up to 6.0x", "1.3–2.1x", "79 ms", "31%". */
export function formatValue(claim: Pick<ClaimRecord, 'value' | 'value_max' | 'unit' | 'qualifier'>): string {
  const range = claim.value_max !== null ? `${formatNumber(claim.value)}–${formatNumber(claim.value_max)}` : formatNumber(claim.value);
  const unit = claim.unit === 'x' || claim.unit === '%' || claim.unit === '%of' ? claim.unit : ` ${claim.unit}`;
  return `${claim.qualifier ? `${claim.qualifier} ` : ''}${range}${unit}`;
}

/** A factor on the common scale, to three significant digits: "1.48×", "12.9×", "330×". */
export function formatFactor(factor: number): string {
  const digits = factor >= 100 ? 0 : factor >= 10 ? 1 : 2;
  return `${factor.toFixed(digits)}×`;
}

/** A measure in a unit (compare by value): "79 ms", "31%". */
export function formatMeasure(value: number, unit: string | null): string {
  if (unit === null) return formatFactor(value);
  const number = formatNumber(Number(value.toPrecision(4)));
  return unit === 'x' || unit === '%' || unit === '%of' ? `${number}${unit}` : `${number} ${unit}`;
}

/**
 * The factor column: a range as "1.30–2.10×"; an "up to" claim marked with ≤, because its
 * number is a best case, not what to expect.
 */
export function factorText(claim: Pick<ClaimRecord, 'factor' | 'factor_max' | 'qualifier'>): string {
  if (claim.factor === null) return '';
  const ends = [claim.factor, claim.factor_max ?? claim.factor].sort((a, b) => a - b) as [number, number];
  const text = ends[0] === ends[1] ? formatFactor(ends[0]) : `${formatFactor(ends[0]).slice(0, -1)}–${formatFactor(ends[1])}`;
  return `${claim.qualifier === 'up to' ? UP_TO_MARK : ''}${text}`;
}

export const UP_TO_MARK = '≤';
export const UP_TO_LEGEND = `${UP_TO_MARK} an "up to" claim: the paper's best case, not a typical result`;

export function hasUpTo(claims: readonly Pick<ClaimRecord, 'qualifier'>[]): boolean {
  return claims.some((claim) => claim.qualifier === 'up to');
}

/** The device as written, else its normalized name, else the class. */
export function hardwareText(claim: Pick<ClaimRecord, 'hardware' | 'hardware_name' | 'hardware_class'>): string {
  return claim.hardware ?? claim.hardware_name ?? claim.hardware_class ?? '';
}

export function directionArrow(claim: Pick<ClaimRecord, 'direction'>): string {
  return claim.direction === 'up' ? '↑' : claim.direction === 'down' ? '↓' : '';
}

/** Colours "up to" claims so the eye does not take a best case for a typical one. */
export function styleUpTo<R extends Pick<ClaimRecord, 'qualifier'>>(text: string, claim: R, theme: Theme): string {
  return claim.qualifier === 'up to' ? theme.caution(text) : theme.number(text);
}

/**
 * The columns every claim table shares; commands pick from them. On a narrow terminal the
 * free text (paper, baseline, device, evidence) is cut before the claim itself (`min`).
 */
export function claimColumns<R extends ClaimRecord>(): Readonly<Record<
  'paper' | 'metric' | 'value' | 'factor' | 'direction' | 'baseline' | 'hardware' | 'phase' | 'evidence',
  Column<R>
>> {
  return {
    paper: { header: 'PAPER', text: (c) => c.short_name, style: (text, _c, theme) => theme.accent(text), min: 12, max: 24 },
    metric: { header: 'METRIC', text: (c) => c.metric, min: 8 },
    value: { header: 'CLAIM', text: formatValue, align: 'right', style: styleUpTo, min: 16 },
    factor: { header: 'FACTOR', text: factorText, align: 'right', style: styleUpTo, min: 10 },
    direction: { header: 'DIR', text: directionArrow },
    baseline: { header: 'BASELINE', text: (c) => c.baseline ?? '', max: 28, flex: true },
    hardware: { header: 'HARDWARE', text: hardwareText, max: 24, flex: true },
    phase: { header: 'PHASE', text: (c) => c.phase ?? '' },
    evidence: { header: 'EVIDENCE', text: (c) => c.evidence, flex: true },
  };
}
