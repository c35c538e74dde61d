/** A candidate change as one LP column: units of identical changes (same kind, queue and hours) that differ only in who makes them. */
import type { Levers } from '../../levers/schema.ts';
import type { RuleContext, Shift } from '../../roster/types.ts';
import type { Contract, QueueCode } from '../../types.ts';
import type { ReplanGrid } from '../grid.ts';
import type { ChangeKind } from '../types.ts';

export interface ChangeColumn {
  key: string;
  kind: ChangeKind;
  queue: QueueCode;
  fromQueue?: QueueCode;
  startMs: number;
  endMs: number;
  /** Agents added (or, for the queue a move leaves, removed) per cell for one unit. */
  cover: { cell: number; amount: number }[];
  /** CNY per unit. */
  costCny: number;
  /** Units available: eligible agents, or temps bookable. */
  upper: number;
  /** Overtime hour k needs hour k-1 of the same shifts: this column is taken at most as often as `needs`. */
  needs?: string;
  /** Temps: the per-date booking limit this column counts against. */
  limit?: { key: string; max: number };
  /** Agents who may fill a unit, in the order they are picked. */
  members: string[];
  /** Call-in: the template worked. */
  template?: string;
  /** Overtime: which extra hour of the shift (1 = the first hour after its end). */
  layer?: number;
}

/** What every candidate builder reads. */
export interface CandidateContext {
  grid: ReplanGrid;
  ctx: RuleContext;
  /** Each agent's shifts, sorted by start. */
  shifts: Map<string, Shift[]>;
  now: number;
  noticeHours: number;
  wagesCnyPerHour: Record<Contract, number>;
  levers?: Levers;
  /** End of the re-planned hours, epoch ms. */
  untilMs: number;
}
