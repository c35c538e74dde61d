/** The words a calendar shows for one shift: SUMMARY and DESCRIPTION, bilingual like the rest of the app. */
import { QUEUE_LABELS, type QueueCode, type ShiftTemplate } from '../types.ts';
import type { CalendarShift } from './types.ts';

function queueLabel(queue: QueueCode): string {
  return `${QUEUE_LABELS[queue].zh} ${QUEUE_LABELS[queue].en}`;
}

function templateLabel(code: string, templates: ReadonlyMap<string, ShiftTemplate>): string {
  const template = templates.get(code);
  // A shift published under a template the rules no longer list keeps its code rather than failing the feed.
  return template ? `${template.nameZh} ${template.nameEn}` : code;
}

/** "早班 Early · 售前 Pre-sale (from 售后 After-sale)", prefixed with the agent's name for shared feeds and marked when cancelled. */
export function shiftSummary(shift: CalendarShift, templates: ReadonlyMap<string, ShiftTemplate>, showAgentName: boolean): string {
  const parts = [templateLabel(shift.template, templates), queueLabel(shift.queue)];
  if (showAgentName) parts.unshift(shift.agentName);
  // Some clients (Google's subscribed feeds among them) keep showing CANCELLED events; the word makes that harmless.
  if (shift.status === 'cancelled') parts.unshift('已取消 Cancelled');
  const from = shift.reassignedFrom ? ` (from ${queueLabel(shift.reassignedFrom)})` : '';
  return parts.join(' · ') + from;
}

/** Queue, reassignment, concurrency cap and the supervisor's note, one per line. */
export function shiftDescription(shift: CalendarShift): string {
  const lines = [`坐席 Agent: ${shift.agentName} (${shift.agentId})`, `队列 Queue: ${queueLabel(shift.queue)}`];
  if (shift.reassignedFrom) lines.push(`调岗 Reassigned from: ${queueLabel(shift.reassignedFrom)}`);
  if (shift.cap !== undefined) lines.push(`接待上限 Cap: ${shift.cap} 同时接待 concurrent chats`);
  if (shift.note) lines.push(`备注 Note: ${shift.note}`);
  return lines.join('\n');
}
