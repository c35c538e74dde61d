import { admitWaiting } from './customer.ts';
import { startReply } from './replyLine.ts';
import { handOver, join, leave } from './routing.ts';
import { BREAK_PERIODS, CustomerStatus, type RunState } from './runState.ts';
import { integrate } from './tally.ts';

// Who is on duty: the roster's agents of each hour, less the share on a staggered break. Breaks are
// shrinkage as capacity really lost: an agent on a break takes no new chats and replies to none.

/**
 * Who takes new chats in this quarter of the hour: the hour's first agents, less a `breakShare` of them
 * on a staggered break, the window of resting agents moving on every quarter so breaks rotate through
 * the staff. Agents joining take chats from now on; agents leaving keep and finish the chats they hold.
 */
export function setIntake(s: RunState, hour: number, period: number): void {
  let breaksBegin = false;
  for (let q = 0; q < s.queueCount; q++) {
    const staffed = s.models[q].agentsOnDuty[hour];
    const taking = Math.round(staffed * (1 - s.models[q].breakShare));
    const resting = staffed - taking;
    const firstResting = resting > 0 ? ((hour * BREAK_PERIODS + period) * resting) % staffed : 0;
    for (let i = 0, a = s.poolStart[q]; a < s.poolStart[q + 1]; i++, a++) {
      const takes = i < staffed && (i - firstResting + staffed) % staffed >= resting;
      const rests = i < staffed && !takes;
      if (s.onBreak[a] && !rests) {
        // Back from the break, or off shift (then it finishes the chats it still holds).
        s.onBreak[a] = 0;
        startReply(s, a);
      } else if (rests && !s.onBreak[a]) {
        s.onBreak[a] = 1;
        breaksBegin = true;
      }
      if (takes && !s.listed[a]) join(s, a);
      else if (!takes && s.listed[a]) leave(s, a);
    }
    integrate(s, q);
    s.onDuty[q] = taking;
  }
  if (breaksBegin) handOverFromBreaks(s);
  for (let q = 0; q < s.queueCount; q++) admitWaiting(s, q);
}

/**
 * Agents going on a break hand their open chats to colleagues with room (平均分流 again): a chat waiting
 * for a reply joins the colleague's line of replies, a thinking one sends its next message there. The
 * reply being typed is finished first (finishReply hands that chat on). A chat no colleague has room for
 * stays and waits for the agent's return, or leaves after its reply patience.
 */
function handOverFromBreaks(s: RunState): void {
  const slots = s.slots;
  for (let slot = 0; slot < slots.used; slot++) {
    if (slots.status[slot] !== CustomerStatus.InChat) continue;
    const a = slots.agent[slot];
    if (s.onBreak[a] && s.current[a] !== slot) handOver(s, a, slot);
  }
}
