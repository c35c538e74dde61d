// @vitest-environment happy-dom
// The forecast page shades the peaks of the forecast it shows, found by shared/forecast/peakWindows, not the
// generator form's default windows; the chart is a stand-in recording what it is given (happy-dom has no canvas).
import { cleanup, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ForecastRow } from '../../shared/types.ts';
import type { Band } from '../../web/src/charts/ForecastChart.tsx';
import { setLocale } from '../../web/src/i18n/i18n.ts';
import { InEvent, TEST_EVENT as EVENT } from './inEvent.tsx';

const charts = vi.hoisted(() => new Map<string, { bands: Band[] }>());
const stored = vi.hoisted(() => ({ rows: [] as ForecastRow[] }));

vi.mock('../../web/src/charts/ForecastChart.tsx', () => ({
  ForecastChart: (props: { testId: string; bands: Band[] }) => {
    charts.set(props.testId, props);
    return null;
  },
}));
vi.mock('../../web/src/api.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../web/src/api.ts')>();
  return { ...actual, api: { ...actual.api, forecast: async () => stored.rows } };
});

const { default: ForecastPage } = await import('../../web/src/pages/ForecastPage.tsx');

const seconds = (iso: string) => Date.parse(iso) / 1000;

/** Two days of an imported forecast whose only peak is 03:00-05:00 on the 11th: not one of the generator's default hours. */
function imported(): ForecastRow[] {
  const rows: ForecastRow[] = [];
  for (const day of ['2026-11-10', '2026-11-11']) {
    for (let h = 0; h < 24; h++) {
      const hourStart = `${day}T${String(h).padStart(2, '0')}:00:00+08:00`;
      const peak = day === '2026-11-11' && (h === 3 || h === 4);
      rows.push({ hourStart, queue: 'pre_sale', inquiries: peak ? 900 : 100 }, { hourStart, queue: 'logistics', inquiries: 20 });
    }
  }
  return rows;
}

function renderPage() {
  return render(() => (
    <InEvent>
      <ForecastPage />
    </InEvent>
  ));
}

describe('ForecastPage', () => {
  afterEach(() => {
    cleanup();
    charts.clear();
  });

  it('shades the event window and the peaks found in the forecast itself on every queue’s chart', async () => {
    setLocale('en');
    stored.rows = imported();
    renderPage();
    await vi.waitFor(() => expect(charts.get('forecast-chart-pre_sale')?.bands.length).toBeGreaterThan(0));
    for (const queue of ['pre_sale', 'after_sale', 'logistics']) {
      const ranges = charts.get(`forecast-chart-${queue}`)!.bands.map((b) => [b.from, b.to]);
      expect(ranges, queue).toEqual([
        [seconds(EVENT.windowStart), seconds(EVENT.windowEnd)],
        [seconds('2026-11-11T03:00:00+08:00'), seconds('2026-11-11T05:00:00+08:00')],
      ]);
    }
  });
});
