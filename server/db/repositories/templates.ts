import type { Kysely } from 'kysely';
import type { RosterTemplate } from '../../../shared/roster/rulesSchema.ts';
import type { Contract } from '../../../shared/types.ts';
import type { DB } from '../schema.ts';

/** The event's shift templates, ordered by start hour. */
export async function listTemplates(db: Kysely<DB>, eventId: number): Promise<RosterTemplate[]> {
  const rows = await db.selectFrom('shift_templates').selectAll().where('event_id', '=', eventId).orderBy('start_hour').orderBy('code').execute();
  return rows.map((r) => {
    const template: RosterTemplate = { code: r.code, nameZh: r.name_zh, nameEn: r.name_en, startHour: r.start_hour, durationHours: r.duration_hours };
    if (r.active_from) template.activeFrom = dateText(r.active_from);
    if (r.active_to) template.activeTo = dateText(r.active_to);
    if (r.contracts) template.contracts = r.contracts as Contract[];
    return template;
  });
}

/** Replaces the event's templates in one transaction. */
export async function replaceTemplates(db: Kysely<DB>, eventId: number, templates: RosterTemplate[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('shift_templates').where('event_id', '=', eventId).execute();
    await trx.insertInto('shift_templates').values(templates.map((t) => templateRow(eventId, t))).execute();
  });
}

/** The stored row of one template. */
export function templateRow(eventId: number, t: RosterTemplate) {
  return {
    event_id: eventId,
    code: t.code,
    name_zh: t.nameZh,
    name_en: t.nameEn,
    start_hour: t.startHour,
    duration_hours: t.durationHours,
    active_from: t.activeFrom ?? null,
    active_to: t.activeTo ?? null,
    contracts: t.contracts ?? null,
  };
}

// A date column arrives as a Date at UTC midnight from PGlite and postgres.js alike.
function dateText(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
