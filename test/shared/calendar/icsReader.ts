// Reads ICS back the way Thunderbird does (ical.js), for round-trip tests.
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ICAL from 'ical.js';

// ical.js 2.2 predates RFC 7986 and reads NAME and X-WR-CALNAME raw; both are TEXT, so read them as such.
ICAL.design.icalendar.property.name = { defaultType: 'text' };
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

export const SHANGHAI_VTIMEZONE = getVtimezoneComponent('Asia/Shanghai')!;

export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  status: string;
  sequence: number;
  stamp: string;
  startMs: number;
  endMs: number;
  startZone: string;
  endZone: string;
}

/** Parses ICS with ical.js, registering the calendar's own VTIMEZONE blocks so TZID times resolve through them. */
export function readIcs(text: string): { name: string; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      status: String(component.getFirstPropertyValue('status')),
      sequence: event.sequence,
      stamp: String(component.getFirstProperty('dtstamp')?.toICALString()),
      startMs: event.startDate.toJSDate().getTime(),
      endMs: event.endDate.toJSDate().getTime(),
      startZone: event.startDate.zone?.tzid ?? '',
      endZone: event.endDate.zone?.tzid ?? '',
    };
  });
  // ical-generator leaves both out for an empty name.
  const name = String(calendar.getFirstPropertyValue('name') ?? '');
  if (String(calendar.getFirstPropertyValue('x-wr-calname') ?? '') !== name) throw new Error('NAME and X-WR-CALNAME differ');
  return { name, events };
}

/** Byte length of each line of a CRLF text. */
export function lineOctets(text: string): number[] {
  return text.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8'));
}
