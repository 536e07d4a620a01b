/** A horizontal bar chart by ECharts (this module and ECharts load only with the dashboard). */
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Bars per category; one series per entry of `series`. */
export default function Bars(props: {
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
}) {
  const box = useRef<HTMLDivElement>(null);
  const { categories, series } = props;
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: "svg" });
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: "axis" },
      legend: series.length > 1 ? { bottom: 0 } : undefined,
      grid: { left: 8, right: 16, top: 8, bottom: series.length > 1 ? 32 : 8, containLabel: true },
      yAxis: {
        type: "category",
        inverse: true,
        data: categories,
        axisLabel: { width: 140, overflow: "truncate" },
      },
      xAxis: { type: "value" },
      series: series.map((s) => ({ name: s.name, type: "bar", data: s.values })),
    });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [categories, series]);
  const height = Math.max(160, categories.length * 28 * Math.max(1, series.length * 0.7) + 48);
  return <div ref={box} role="img" aria-label={props.title} style={{ width: "100%", height }} />;
}
