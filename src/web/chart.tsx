// One ECharts instance per element; options replace the previous ones. Only the chart types and
// components used here are registered, which keeps the bundle small.
import { useEffect, useRef } from 'react';
import { BarChart, GraphChart, LinesChart, LineChart, SankeyChart, ScatterChart, EffectScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GraphChart,
  LinesChart,
  SankeyChart,
  ScatterChart,
  EffectScatterChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

export type Option = Parameters<echarts.ECharts['setOption']>[0];
export type ChartEvent = echarts.ECElementEvent;

export function Chart({
  option,
  height = 320,
  onClick,
  label,
}: {
  option: Option;
  height?: number;
  onClick?: (params: ChartEvent) => void;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const c = (chart.current = echarts.init(ref.current!));
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(ref.current!);
    return () => {
      observer.disconnect();
      c.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  useEffect(() => {
    const c = chart.current;
    if (!c || !onClick) return;
    c.on('click', onClick);
    return () => {
      c.off('click', onClick);
    };
  }, [onClick]);
  return <div ref={ref} className="chart" style={{ height }} role="img" aria-label={label} />;
}
