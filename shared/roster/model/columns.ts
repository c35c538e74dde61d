/** Columns of the aggregate model: "one shift of pool p on template t, day d, serving queue q". */
import type { QueueCode } from '../../types.ts';
import { coveredHours } from '../coverageMatrix.ts';
import { withinDayCeiling } from '../rules/maxDayHours.ts';
import { mayServeQueue } from '../rules/reassignmentWindow.ts';
import type { RosterTemplate } from '../rulesSchema.ts';
import { makeShift, templateActiveOn, templateFitsContract } from '../shift.ts';
import type { RuleContext } from '../types.ts';
import type { Pool } from './pools.ts';

export interface ShiftColumn {
  id: string;
  day: number;
  template: RosterTemplate;
  pool: Pool;
  queue: QueueCode;
  /** Horizon hours [from, to) the shift covers. */
  from: number;
  to: number;
  hours: number;
  moved: boolean;
}

/** Every column the rules allow: active templates that fit the pool's contract and the event's day ceiling, on queues its cross-training and the move windows allow. */
export function shiftColumns(pools: Pool[], ctx: RuleContext): ShiftColumn[] {
  const out: ShiftColumn[] = [];
  for (let day = 0; day < ctx.frame.days; day++) {
    for (const pool of pools) {
      if (pool.availableByDay[day] === 0) continue;
      const sample = pool.agents[0];
      for (const template of ctx.rules.templates) {
        if (!templateActiveOn(template, day, ctx.frame) || !templateFitsContract(template, sample, ctx.rules) || !withinDayCeiling(template, ctx.rules)) continue;
        const shift = makeShift(sample.id, pool.primary, template, day, ctx.frame);
        const [from, to] = coveredHours(shift, ctx.frame);
        if (to <= from) continue;
        for (const queue of [pool.primary, ...pool.crossTrainedFor]) {
          if (!mayServeQueue(sample, queue, shift.startMs, shift.endMs, ctx)) continue;
          out.push({ id: `x${out.length}`, day, template, pool, queue, from, to, hours: template.durationHours, moved: queue !== pool.primary });
        }
      }
    }
  }
  return out;
}
