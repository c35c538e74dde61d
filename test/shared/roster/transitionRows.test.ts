import { describe, expect, it } from 'vitest';
import { shiftColumns } from '../../../shared/roster/model/columns.ts';
import { buildPools } from '../../../shared/roster/model/pools.ts';
import { compatibleAcrossDay, transitionRows } from '../../../shared/roster/model/transitionRows.ts';
import { agent, context } from './fixtures.ts';

const late = { code: 'L', nameZh: '晚', nameEn: 'Late', startHour: 22, durationHours: 8 };
const template = (ctx: ReturnType<typeof context>, code: string) => ctx.rules.templates.find((t) => t.code === code)!;

describe('transition rows two days apart (a night crossing midnight, then the day after next)', () => {
  const a = agent('A');
  const ctx = context([a, agent('B')], [late]);
  const day = ctx.frame.dates.indexOf('2026-11-13');

  it('knows that a late night on d keeps its agent off a day shift on d+2, and lets the ordinary night through', () => {
    // 22:00 on 11-13 to 06:00 on 11-14: 11-14 is worked, so restAfterNights wants 11-15 off before a day shift.
    expect(compatibleAcrossDay(a, template(ctx, 'L'), template(ctx, 'E'), day, ctx)).toBe(false);
    // Another night after a night needs no day off.
    expect(compatibleAcrossDay(a, template(ctx, 'L'), template(ctx, 'N'), day, ctx)).toBe(true);
    // The 00:00 night ends on its own day: 11-14 is a whole day off.
    expect(compatibleAcrossDay(a, template(ctx, 'N'), template(ctx, 'E'), day, ctx)).toBe(true);
  });

  it('bounds late nights on d plus earlies on d+2 by the headcount, and adds no row without a shift crossing midnight', () => {
    const pools = buildPools([...ctx.agents.values()], ctx);
    const columns = shiftColumns(pools, ctx);
    const rows = transitionRows(pools, [day], ctx, 2);
    const col = (code: string, d: number) => columns.find((c) => c.template.code === code && c.day === d && c.queue === 'pre_sale')!;
    const row = rows.find((r) => r.coef(col('L', day)) === 1 && r.coef(col('E', day + 2)) === 1);
    expect(row?.max).toBe(2);
    expect(row?.coef(col('N', day + 2))).toBe(0);
    const plain = context([a]);
    expect(transitionRows(buildPools([a], plain), [day], plain, 2)).toEqual([]);
  });
});
