// Ranges ("between 250,000 and 300,000") drawn as whiskers from low to high through the point, in
// the dataset's colour. Works on the points chart.js actually drew, so decimated series stay cheap.
import type { Chart, Plugin } from 'chart.js';

/** What the whiskers need from a data point (our chart data carries the whole API Point as `p`). */
interface RangeRaw {
  p?: { low: number | null; high: number | null };
}

export const rangeWhiskers: Plugin = {
  id: 'rangeWhiskers',
  afterDatasetsDraw(chart: Chart) {
    const y = chart.scales['y'];
    if (!y) return;
    const ctx = chart.ctx;
    ctx.save();
    chart.data.datasets.forEach((ds, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden || !chart.isDatasetVisible(i)) return;
      ctx.strokeStyle = String(ds.borderColor ?? '#888');
      ctx.lineWidth = 1.5;
      // After decimation ds.data is the decimated array, index-aligned with the drawn elements.
      const data = ds.data as unknown as (RangeRaw | undefined)[];
      meta.data.forEach((el, j) => {
        const p = data[j]?.p;
        if (!p || p.low === null || p.high === null || p.low === p.high) return;
        const top = y.getPixelForValue(p.high);
        const bottom = y.getPixelForValue(p.low);
        const x = el.x;
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, bottom);
        ctx.moveTo(x - 5, top);
        ctx.lineTo(x + 5, top);
        ctx.moveTo(x - 5, bottom);
        ctx.lineTo(x + 5, bottom);
        ctx.stroke();
      });
    });
    ctx.restore();
  },
};
