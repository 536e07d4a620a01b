/** An indicator's years as lines by ECharts (this module and ECharts load only when shown). */
import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** One line per series over the years; a `dashed` series is the target trajectory. */
export default function TrajectoryChart(props: {
  title: string;
  years: number[];
  series: { name: string; values: (number | null)[]; dashed?: boolean }[];
}) {
  const box = useRef<HTMLDivElement>(null);
  const { years, series } = props;
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: "svg" });
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: "axis" },
      legend: { type: "scroll", bottom: 0 },
      grid: { left: 16, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: "category", data: years.map(String) },
      yAxis: { type: "value", scale: true },
      series: series.map((s) => ({
        name: s.name,
        type: "line",
        data: s.values,
        connectNulls: s.dashed === true,
        lineStyle: s.dashed ? { type: "dashed" } : undefined,
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [years, series]);
  return <div ref={box} role="img" aria-label={props.title} style={{ width: "100%", height: 260 }} />;
}
