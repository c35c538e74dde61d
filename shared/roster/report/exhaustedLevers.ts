/** Which booked-staff lever ran out where a gap remains, and what one more person of it would save (issue 15). */
import type { ExhaustedLever } from '../../levers/plan.ts';
import type { RosterPricing } from '../../levers/pricing.ts';
import { HOUR_MS } from '../../time.ts';
import { QUEUE_CODES, type ShortfallRow } from '../../types.ts';
import { hourIndex } from '../frame.ts';
import { instantOf, isoAt } from '../instants.ts';
import type { FlexColumn, FlexKind } from '../model/flexColumns.ts';
import { cell } from '../coverageMatrix.ts';
import type { RosterFrame } from '../types.ts';

export interface ExhaustedInput {
  flexColumns: FlexColumn[];
  booked: Map<FlexColumn, number>;
  bound: (kind: FlexKind, day: number) => number;
  shortfall: ShortfallRow[];
  pricing: RosterPricing;
  frame: RosterFrame;
}

/**
 * A lever is exhausted on a day when every person it allows is booked and some hour it could serve is
 * still short. One more person is worth the GMV its best booking would save at each short hour's current
 * margin (the next missing agent's lost GMV x its coverage), less its cost; 0 when it would not pay.
 */
export function exhaustedLevers(input: ExhaustedInput): ExhaustedLever[] {
  const { frame } = input;
  const missing = new Float64Array(frame.horizonHours * QUEUE_CODES.length);
  for (const r of input.shortfall) missing[cell(hourIndex(frame, instantOf(r.hourStart, frame.timeZone) ?? 0), r.queue)] = r.required - r.scheduled;
  const curves = new Map<number, readonly number[]>();
  for (const c of input.pricing.lostGmv) curves.set(cell(hourIndex(frame, instantOf(c.hourStart, frame.timeZone) ?? 0), c.queue), c.marginalCny);
  const used = new Map<string, number>();
  for (const [f, n] of input.booked) used.set(`${f.kind}|${f.day}`, (used.get(`${f.kind}|${f.day}`) ?? 0) + n);
  const groups = new Map<string, FlexColumn[]>();
  for (const f of input.flexColumns) groups.set(`${f.kind}|${f.day}|${f.queue}`, [...(groups.get(`${f.kind}|${f.day}|${f.queue}`) ?? []), f]);
  const out: ExhaustedLever[] = [];
  for (const columns of groups.values()) {
    const { kind, day, queue } = columns[0];
    const bound = input.bound(kind, day);
    if ((used.get(`${kind}|${day}`) ?? 0) < bound) continue;
    const short = new Set<number>();
    let best = 0;
    for (const f of columns) {
      let saves = 0;
      for (let h = f.from; h < f.to; h++) {
        const i = cell(h, queue);
        if (missing[i] <= 0) continue;
        short.add(h);
        const curve = curves.get(i) ?? [];
        saves += (curve[Math.ceil(missing[i] - 1e-9) - 1] ?? 0) * Math.min(f.coverage, missing[i]);
      }
      best = Math.max(best, saves - f.costCny);
    }
    if (short.size === 0) continue;
    const hours = [...short].sort((a, b) => a - b).map((h) => isoAt(frame.horizonStartMs + h * HOUR_MS, frame.timeZone));
    const value = Math.round(best);
    const message = `${kind} ran out on ${frame.dates[day]} (${bound} booked) with ${hours.length} ${queue} hour(s) still short; one more would save about ${value} CNY`;
    out.push({ lever: kind, queue, hours, marginalValueCny: value, message });
  }
  return out;
}
