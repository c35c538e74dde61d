import { createEffect, onCleanup, onMount, Show } from 'solid-js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { EVENT_TIME_ZONE } from '../../../shared/types.ts';

/** uPlot with its axes in Asia/Shanghai whatever the browser's zone (ECOSYSTEM gotcha 6). */
export const shanghaiDate = (seconds: number) => uPlot.tzDate(new Date(seconds * 1000), EVENT_TIME_ZONE);

/**
 * A uPlot chart that fills its container's width; it is rebuilt when the options or data change
 * (both come from memos, so that is when the inputs really changed). The title and then the y unit are written
 * level above the plot, the unit over the y axis, rather than as uPlot's axis label, which is turned on its side
 * and unreadable for a word like 秒.
 */
export function UPlotChart(props: { options: () => Omit<uPlot.Options, 'width' | 'title'>; data: () => uPlot.AlignedData; title?: string; yUnit?: string; testId?: string }) {
  let host!: HTMLDivElement;
  let chart: uPlot | undefined;
  const width = () => Math.max(320, host.clientWidth);
  onMount(() => {
    const observer = new ResizeObserver(() => chart?.setSize({ width: width(), height: chart.height }));
    observer.observe(host);
    onCleanup(() => observer.disconnect());
  });
  createEffect(() => {
    const options = props.options();
    const data = props.data();
    chart?.destroy();
    chart = new uPlot({ tzDate: shanghaiDate, ...options, width: width() }, data, host);
  });
  onCleanup(() => chart?.destroy());
  return (
    <div class="chart" data-testid={props.testId}>
      <Show when={props.title}>
        <div class="chart-title">{props.title}</div>
      </Show>
      <Show when={props.yUnit}>
        <div class="chart-unit">{props.yUnit}</div>
      </Show>
      <div ref={host} />
    </div>
  );
}

/** A plugin shading x ranges (in the x scale's units) behind the series: peak windows, shortfall hours, the best cap. */
export function bandsPlugin(bands: () => { from: number; to: number; color: string }[]): uPlot.Plugin {
  return {
    hooks: {
      drawClear: (u) => {
        const { ctx } = u;
        const { top, height } = u.bbox;
        ctx.save();
        for (const band of bands()) {
          const x0 = u.valToPos(band.from, 'x', true);
          const x1 = u.valToPos(band.to, 'x', true);
          ctx.fillStyle = band.color;
          ctx.fillRect(x0, top, Math.max(1, x1 - x0), height);
        }
        ctx.restore();
      },
    },
  };
}
