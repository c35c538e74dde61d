import { QUEUE_CODES, type QueueCode } from '../../../shared/types.ts';
import { queueLabel } from '../i18n/format.ts';
import { type Column, DataTable } from './DataTable.tsx';

type PerQueue = Record<QueueCode, number>;
type Field = 'totals' | 'eve' | 'eventDay';
const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

/** The generator's per-queue inputs: an ordinary day's total, and the factors for the eve and the event day. */
export function GeneratorFactorsTable(props: { totals: PerQueue; eve: PerQueue; eventDay: PerQueue; onChange: (field: Field, queue: QueueCode, value: number) => void }) {
  const input = (field: Field, step?: string) => (q: QueueCode) => <input type="number" min="0" step={step} value={props[field][q]} onInput={(e) => props.onChange(field, q, num(e))} />;
  const columns: Column<QueueCode>[] = [
    { header: 'queue', cell: queueLabel },
    { header: 'dailyTotal', cell: input('totals') },
    { header: 'eveFactor', cell: input('eve', '0.1') },
    { header: 'eventDayFactor', cell: input('eventDay', '0.1') },
  ];
  return <DataTable columns={columns} rows={QUEUE_CODES} compact box={false} />;
}
