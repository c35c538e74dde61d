import type { Agent, QueueCode } from '../../types.ts';
import type { RuleContext } from '../types.ts';
import { violationAt, type AgentRule } from './rule.ts';

/** A period in which cross-trained agents of `from` queues may serve `to`. */
export interface MoveWindow {
  kind: 'event' | 'postEvent';
  startMs: number;
  endMs: number;
  from: QueueCode[];
  to: QueueCode;
}

/** The event window and the weeks after it, each with the directions `rules.moves` allows (by default as in DOMAIN.md). */
export function moveWindows(ctx: Pick<RuleContext, 'frame' | 'rules'>): MoveWindow[] {
  const { eventStartMs, eventEndMs, postEventEndMs } = ctx.frame;
  const { event, postEvent } = ctx.rules.moves;
  return [
    { kind: 'event', startMs: eventStartMs, endMs: eventEndMs, from: event.from, to: event.to },
    { kind: 'postEvent', startMs: eventEndMs, endMs: postEventEndMs, from: postEvent.from, to: postEvent.to },
  ];
}

/** The window that lets this agent serve `queue` for the whole of [startMs, endMs), or null when it may not. */
export function allowedMoveWindow(agent: Agent, queue: QueueCode, startMs: number, endMs: number, ctx: Pick<RuleContext, 'frame' | 'rules'>): MoveWindow | null {
  if (!agent.crossTrainedFor.includes(queue)) return null;
  return moveWindows(ctx).find((w) => w.to === queue && w.from.includes(agent.primaryQueue) && startMs >= w.startMs && endMs <= w.endMs) ?? null;
}

/** Whether the agent may serve the queue on a shift: its primary queue, or a move its cross-training and a window allow. */
export function mayServeQueue(agent: Agent, queue: QueueCode, startMs: number, endMs: number, ctx: Pick<RuleContext, 'frame' | 'rules'>): boolean {
  return queue === agent.primaryQueue || allowedMoveWindow(agent, queue, startMs, endMs, ctx) !== null;
}

/** A shift off the primary queue needs cross-training and must lie wholly inside a move window, so every move is reversed by its end. */
export const reassignmentWindow: AgentRule = {
  name: 'reassignmentWindow',
  violations(shifts, agent, ctx) {
    return shifts
      .filter((s) => !mayServeQueue(agent, s.queue, s.startMs, s.endMs, ctx))
      .map((s) => violationAt('reassignmentWindow', s, ctx, `${agent.primaryQueue} agent on ${s.queue} outside a move window or without cross-training`, (s.endMs - s.startMs) / 60_000));
  },
};
