// Ranges ("between 250,000 and 300,000") drawn as whiskers from low to high through the point, and
// periods ("averaged 550,000 bpd in October") as a bar over the days they cover, in the dataset's
// colour. Works on the points chart.js actually drew, so decimated series stay cheap.
import type { Chart, Plugin } from 'chart.js';
import { dayToTime } from '../format';

/** What the marks need from a data point (our chart data carries its observation as `o`). */
interface ExtentRaw {
  o?: { low: number | null; high: number | null; asOf: string | null; asOfTo: string | null };
}

export const rangeWhiskers: Plugin = {
  id: 'rangeWhiskers',
  afterDatasetsDraw(chart: Chart) {
    const x = chart.scales['x'];
    const y = chart.scales['y'];
    if (!x || !y) return;
    const ctx = chart.ctx;
    ctx.save();
    chart.data.datasets.forEach((ds, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden || !chart.isDatasetVisible(i)) return;
      ctx.strokeStyle = String(ds.borderColor ?? '#888');
      ctx.lineWidth = 1.5;
      // After decimation ds.data is the decimated array, index-aligned with the drawn elements.
      const data = ds.data as unknown as (ExtentRaw | undefined)[];
      meta.data.forEach((el, j) => {
        const p = data[j]?.o;
        if (!p) return;
        ctx.beginPath();
        if (p.low !== null && p.high !== null && p.low !== p.high) {
          const top = y.getPixelForValue(p.high);
          const bottom = y.getPixelForValue(p.low);
          ctx.moveTo(el.x, top);
          ctx.lineTo(el.x, bottom);
          ctx.moveTo(el.x - 5, top);
          ctx.lineTo(el.x + 5, top);
          ctx.moveTo(el.x - 5, bottom);
          ctx.lineTo(el.x + 5, bottom);
        }
        if (p.asOf && p.asOfTo && p.asOfTo !== p.asOf) {
          // To the end of the last day: a month's step covers all of its days.
          const end = x.getPixelForValue(dayToTime(p.asOfTo) + 86_400_000);
          ctx.moveTo(el.x, el.y);
          ctx.lineTo(end, el.y);
          ctx.moveTo(end, el.y - 4);
          ctx.lineTo(end, el.y + 4);
        }
        ctx.stroke();
      });
    });
    ctx.restore();
  },
};
