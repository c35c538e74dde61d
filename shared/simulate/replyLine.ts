import { EventKind, type RunState } from './runState.ts';
import { uniform } from './slots.ts';

// An agent answers one message at a time across its chats: messages awaiting a reply wait in the agent's
// line (pendingHead/pendingTail, linked through slots.nextPending), first come first answered.

/** Puts a customer's awaited message at the back of agent `a`'s line, or replies at once if the agent is free and has no line. */
export function lineUpMessage(s: RunState, a: number, slot: number): void {
  // The same as joining the empty line and being taken from its head, without the linking.
  if (repliesAtOnce(s, a)) return beginReply(s, a, slot);
  const slots = s.slots;
  slots.nextPending[slot] = -1;
  const tail = s.pendingTail[a];
  if (tail >= 0) slots.nextPending[tail] = slot;
  else s.pendingHead[a] = slot;
  s.pendingTail[a] = slot;
  startReply(s, a);
}

/** Whether a message lined up with agent `a` now would be answered at once: the agent is idle, at work and has no line. */
export function repliesAtOnce(s: RunState, a: number): boolean {
  return s.busy[a] === 0 && s.onBreak[a] === 0 && s.pendingHead[a] < 0;
}

/** The agent, if idle and not on a break, starts the reply to the first message in its line. */
export function startReply(s: RunState, a: number): void {
  const slot = s.pendingHead[a];
  if (s.busy[a] || slot < 0 || s.onBreak[a]) return;
  s.pendingHead[a] = s.slots.nextPending[slot];
  if (s.pendingHead[a] < 0) s.pendingTail[a] = -1;
  beginReply(s, a, slot);
}

/** Agent `a` starts typing the reply to the customer in `slot`, whose message no longer waits in a line. */
function beginReply(s: RunState, a: number, slot: number): void {
  const slots = s.slots;
  slots.awaiting[slot] = 0;
  s.current[a] = slot;
  s.busy[a] = 1;
  s.busySince[a] = s.now;
  const m = s.models[s.agentQueue[a]];
  s.events.push(s.now + (m.replyExponential ? -m.replyMean * Math.log(1 - uniform(slots, slot)) : m.replyMean), EventKind.ReplyDone, a);
}

/** Takes a message out of agent `a`'s line of replies (a line no longer than the agent's chats). */
export function removePending(s: RunState, a: number, slot: number): void {
  const slots = s.slots;
  let before = -1;
  for (let t = s.pendingHead[a]; t >= 0; before = t, t = slots.nextPending[t]) {
    if (t !== slot) continue;
    const after = slots.nextPending[t];
    if (before >= 0) slots.nextPending[before] = after;
    else s.pendingHead[a] = after;
    if (s.pendingTail[a] === slot) s.pendingTail[a] = before;
    return;
  }
}
