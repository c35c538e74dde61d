import { lineUpMessage, removePending } from './replyLine.ts';
import type { RunState } from './runState.ts';
import { integrate } from './tally.ts';

// 平均分流: a new chat goes to the agent taking chats with the fewest open ones below the cap. Agents taking
// chats below the cap sit in one doubly linked list per (queue, open chats); the head of the lowest
// non-empty list is the next to take one, and lowestLevel remembers where that search may start. An agent
// at the cap, whom no search reaches, sits in no list (listed still marks it as taking chats) and joins the
// back of the list below when a chat closes, as it would from a list of its own.

function link(s: RunState, a: number): void {
  const q = s.agentQueue[a];
  if (s.open[a] >= s.caps[q]) return;
  const cell = q * s.levels + s.open[a];
  const tail = s.levelTail[cell];
  s.prev[a] = tail;
  s.next[a] = -1;
  if (tail >= 0) s.next[tail] = a;
  else s.levelHead[cell] = a;
  s.levelTail[cell] = a;
  if (s.open[a] < s.lowestLevel[q]) s.lowestLevel[q] = s.open[a];
}

function unlink(s: RunState, a: number): void {
  const q = s.agentQueue[a];
  if (s.open[a] >= s.caps[q]) return;
  const cell = q * s.levels + s.open[a];
  const before = s.prev[a];
  const after = s.next[a];
  if (before >= 0) s.next[before] = after;
  else s.levelHead[cell] = after;
  if (after >= 0) s.prev[after] = before;
  else s.levelTail[cell] = before;
}

/** The agent of queue q to take the next chat, or -1 when every one taking chats is at the cap. */
export function freeAgent(s: RunState, q: number): number {
  const cap = s.caps[q];
  for (let k = s.lowestLevel[q]; k < cap; k++) {
    const a = s.levelHead[q * s.levels + k];
    if (a >= 0) {
      s.lowestLevel[q] = k;
      return a;
    }
  }
  s.lowestLevel[q] = cap;
  return -1;
}

/** Changes an agent's open chats by delta, moving it to its new list (or, off intake, counting it off duty at zero). */
export function changeOpen(s: RunState, a: number, delta: number): void {
  if (s.listed[a]) {
    unlink(s, a);
    s.open[a] += delta;
    link(s, a);
  } else if ((s.open[a] += delta) === 0) {
    integrate(s, s.agentQueue[a]);
    s.holding[s.agentQueue[a]]--;
  }
}

/** The agent takes new chats from now on. */
export function join(s: RunState, a: number): void {
  link(s, a);
  s.listed[a] = 1;
  if (s.open[a] > 0) {
    integrate(s, s.agentQueue[a]);
    s.holding[s.agentQueue[a]]--;
  }
}

/** The agent takes no new chats but stays on duty until it has closed those it holds. */
export function leave(s: RunState, a: number): void {
  unlink(s, a);
  s.listed[a] = 0;
  if (s.open[a] > 0) {
    integrate(s, s.agentQueue[a]);
    s.holding[s.agentQueue[a]]++;
  }
}

/**
 * Moves one chat from agent `a` to the least-loaded colleague with room, if any. An awaited message joins
 * the colleague's line without a new patience: the customer still waits for the same reply.
 */
export function handOver(s: RunState, a: number, slot: number): void {
  const slots = s.slots;
  const b = freeAgent(s, s.agentQueue[a]);
  if (b < 0) return;
  if (slots.awaiting[slot]) removePending(s, a, slot);
  changeOpen(s, a, -1);
  changeOpen(s, b, 1);
  slots.agent[slot] = b;
  if (slots.awaiting[slot]) lineUpMessage(s, b, slot);
}
