/** The targets-vs-actuals chart, drawn by ECharts (this module is its own lazily loaded chunk). */
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { ChartData } from "../chart-data.ts";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** A bar per actual value and a dashed line per target; `label` names each series. */
export function TargetsChart(props: { data: ChartData; label: (key: string) => string; title: string }) {
  const box = useRef<HTMLDivElement>(null);
  const { data, label } = props;
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: "svg" });
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: "axis" },
      legend: { type: "scroll", bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 48, containLabel: true },
      xAxis: { type: "category", data: data.periods },
      yAxis: { type: "value" },
      series: data.series.map((s) =>
        s.kind === "actual"
          ? { name: label(s.key), type: "bar", data: s.values }
          : {
              name: label(s.key),
              type: "line",
              data: s.values,
              lineStyle: { type: "dashed" },
              symbol: "none",
            },
      ),
    });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [data, label]);
  return <div ref={box} role="img" aria-label={props.title} style={{ width: "100%", height: 280 }} />;
}
