// Charts for the pages, with ECharts (the largest part of the app) loaded in parallel with the
// page's data instead of before it: the page renders at once and each chart appears when ready.
import { lazy, Suspense, useEffect, type ComponentProps } from 'react';

export type { Option, ChartEvent } from './chart.js';

let loading: Promise<typeof import('./chart.js')> | undefined;
const load = () => (loading ??= import('./chart.js'));
const Lazy = lazy(() => load().then((m) => ({ default: m.Chart })));

/** A page with charts starts loading ECharts as it mounts, while its data is on the way. */
export function usePreloadCharts(): void {
  useEffect(() => void load(), []);
}

export function Chart(props: ComponentProps<typeof Lazy>) {
  return (
    <Suspense fallback={<div className="chart" style={{ height: props.height ?? 320 }} />}>
      <Lazy {...props} />
    </Suspense>
  );
}
