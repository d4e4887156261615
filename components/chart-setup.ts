// chart.js is registered piece by piece so the bundle carries only what the dashboard draws: line
// charts on a time axis (dates stepped by our own adapter, time-adapter.ts), decimated for long
// series. Tooltips and legends are our own elements (decisions/0003-own-tooltip-and-legend.md),
// so those plugins stay out.
import {
  Chart,
  Decimation,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  TimeScale,
} from 'chart.js';
import './time-adapter';
import { eventMarkers } from './plugins/event-markers';
import { rangeWhiskers } from './plugins/range-whiskers';
import { referenceLines } from './plugins/reference-lines';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, TimeScale, Decimation, eventMarkers, rangeWhiskers, referenceLines);

export { Chart };
