import { messageCount } from './queueModel.ts';
import { lineUpMessage, removePending, repliesAtOnce, startReply } from './replyLine.ts';
import { changeOpen, freeAgent, handOver } from './routing.ts';
import { CustomerStatus, EventKind, type RunState } from './runState.ts';
import { generationOf, SLOTS, slotOf, uniform } from './slots.ts';
import { countAbandoned, countAbandonedInChat, countAdmission, countArrival, countAsked, countBusy, countFirstReply, countQueueLength, countReply, countServed, integrate } from './tally.ts';
import { enqueue } from './waitingLine.ts';

// A customer's life: it arrives, waits for an agent (or leaves after its patience), then sends its messages
// one at a time, thinking between replies, and leaves a chat if a reply keeps it waiting past its reply
// patience. Its draws come from its own stream (slots.random), so they are the same whatever the cap.

/** A customer of queue q arrives now: an agent takes it at once, or it joins the line. */
export function arrive(s: RunState, q: number): void {
  const { slots, now } = s;
  const m = s.models[q];
  const slot = slots.take();
  const random = s.customerRandom[q];
  slots.arrival[slot] = now;
  slots.queue[slot] = q;
  slots.status[slot] = CustomerStatus.Waiting;
  slots.answered[slot] = 0;
  slots.messagesLeft[slot] = messageCount(random, m);
  slots.patience[slot] = m.patience === null ? Infinity : random.exponential(m.patience);
  slots.random[slot] = random.nextInt32();
  const cell = s.hourBase + q;
  slots.hourCell[slot] = cell;
  countArrival(s, cell);
  // Someone still waiting means no agent is free (every release admits from the line first).
  const a = s.waiting[q] === 0 ? freeAgent(s, q) : -1;
  if (a >= 0) return assign(s, slot, a);
  enqueue(s, q, slot);
  s.waiting[q]++;
  countQueueLength(s, q);
  if (slots.patience[slot] !== Infinity) s.events.push(now + slots.patience[slot], EventKind.Abandon, slot + slots.generation[slot] * SLOTS);
  admitWaiting(s, q);
}

/** Agent a takes the customer's chat, and the customer sends its first message. */
function assign(s: RunState, slot: number, a: number): void {
  const slots = s.slots;
  const q = slots.queue[slot];
  slots.status[slot] = CustomerStatus.InChat;
  slots.agent[slot] = a;
  countAdmission(s, slot);
  changeOpen(s, a, 1);
  integrate(s, q);
  s.openTotal[q]++;
  if (s.observer !== null) s.observer.assigned(a, s.now, s.open);
  sendMessage(s, a, slot);
}

/** Agents with room take customers from the head of queue q's line, dropping those who already left. */
export function admitWaiting(s: RunState, q: number): void {
  const line = s.lines[q];
  const slots = s.slots;
  while (s.lineHead[q] < s.lineTail[q]) {
    const slot = line[s.lineHead[q]];
    if (slots.status[slot] !== CustomerStatus.Waiting) {
      s.lineHead[q]++;
      slots.release(slot);
      continue;
    }
    const a = freeAgent(s, q);
    if (a < 0) return;
    s.lineHead[q]++;
    s.waiting[q]--;
    assign(s, slot, a);
  }
  s.lineHead[q] = s.lineTail[q] = 0;
}

/** The customer's patience in the queue ran out (id: slot and generation); it leaves unless an agent took it already. */
export function abandon(s: RunState, id: number): void {
  const slots = s.slots;
  const slot = slotOf(id);
  if (slots.generation[slot] !== generationOf(id) || slots.status[slot] !== CustomerStatus.Waiting) return;
  slots.status[slot] = CustomerStatus.Abandoned;
  s.waiting[slots.queue[slot]]--;
  countAbandoned(s, slots.hourCell[slot]);
}

/** The customer sends its next message to agent a and starts waiting for the reply, as long as its reply patience lasts. */
export function sendMessage(s: RunState, a: number, slot: number): void {
  const slots = s.slots;
  slots.awaiting[slot] = 1;
  slots.askedAt[slot] = s.now;
  slots.askedCell[slot] = countAsked(s, slots.queue[slot]);
  const patience = s.models[slots.queue[slot]].replyPatience;
  if (patience !== null) {
    // The draw is made either way, keeping the customer's stream; the give-up is scheduled only for a
    // message that has to wait, since one answered at once can never be given up on (and Infinity
    // keeps an earlier message's give-up, still in the event queue, from matching this one).
    const draw = uniform(slots, slot);
    if (repliesAtOnce(s, a)) slots.giveUpAt[slot] = Infinity;
    else {
      const giveUp = s.now - patience * Math.log(1 - draw);
      slots.giveUpAt[slot] = giveUp;
      s.events.push(giveUp, EventKind.ReplyAbandon, slot + slots.generation[slot] * SLOTS);
    }
  }
  lineUpMessage(s, a, slot);
}

/** Agent a finished a reply: the customer thinks and writes again, or the chat closes; then the agent's next reply. */
export function finishReply(s: RunState, a: number): void {
  const { slots, now } = s;
  const slot = s.current[a];
  const q = s.agentQueue[a];
  s.current[a] = -1;
  s.busy[a] = 0;
  countBusy(s, q, a);
  countReply(s, slot);
  if (!slots.answered[slot]) {
    slots.answered[slot] = 1;
    countFirstReply(s, slot);
  }
  if (--slots.messagesLeft[slot] > 0) {
    const m = s.models[q];
    s.events.push(now + (m.thinkExponential ? -m.thinkMean * Math.log(1 - uniform(slots, slot)) : m.thinkMean), EventKind.CustomerMessage, slot);
    // The reply typed, an agent on a break hands the chat on rather than keep the customer waiting.
    if (s.onBreak[a]) handOver(s, a, slot);
  } else {
    slots.status[slot] = CustomerStatus.Closed;
    countServed(s, slots.hourCell[slot]);
    endChat(s, a, q, slot);
  }
  startReply(s, a);
}

/** A customer waiting too long for a reply inside a chat leaves it (reply patience; id: slot and generation). */
export function giveUpReply(s: RunState, id: number): void {
  const slots = s.slots;
  const slot = slotOf(id);
  if (slots.generation[slot] !== generationOf(id) || slots.status[slot] !== CustomerStatus.InChat || !slots.awaiting[slot] || slots.giveUpAt[slot] !== s.events.time) return;
  const a = slots.agent[slot];
  const q = slots.queue[slot];
  removePending(s, a, slot);
  slots.awaiting[slot] = 0;
  slots.status[slot] = CustomerStatus.Abandoned;
  countAbandonedInChat(s, slots.hourCell[slot]);
  endChat(s, a, q, slot);
}

/** A chat ends, served or left: the agent's seat frees, the slot is released and a waiting customer may take the seat. */
function endChat(s: RunState, a: number, q: number, slot: number): void {
  changeOpen(s, a, -1);
  integrate(s, q);
  s.openTotal[q]--;
  s.slots.release(slot);
  admitWaiting(s, q);
}
