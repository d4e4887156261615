// Owns one chart.js instance: created on the first update after the canvas is rendered, updated in
// place (no animation) when its host marks it stale, rebuilt when the colour scheme flips (colours
// are read from CSS), destroyed on disconnect so a removed element leaks no canvas listeners.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartConfiguration, ChartType } from 'chart.js';
import { Chart } from '../chart-setup';

export class ChartController<T extends ChartType = 'line'> implements ReactiveController {
  chart: Chart<T> | null = null;
  private stale = true;
  private readonly scheme = window.matchMedia('(prefers-color-scheme: dark)');
  private readonly onScheme = () => {
    this.chart?.destroy();
    this.chart = null;
    this.invalidate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly canvas: () => HTMLCanvasElement | null,
    /** Builds the whole configuration from the host's current properties. */
    private readonly config: () => ChartConfiguration<T>,
    /** Called after every draw with fresh data (first paint timing, keyboard index). */
    private readonly drawn?: (chart: Chart<T>) => void,
  ) {
    host.addController(this);
  }

  /** The data or options changed: rebuild the configuration on the next update. */
  invalidate(): void {
    this.stale = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.scheme.addEventListener('change', this.onScheme);
  }

  hostUpdated(): void {
    const canvas = this.canvas();
    if (!canvas) {
      // The host is showing a loading or empty state instead of the canvas.
      this.chart?.destroy();
      this.chart = null;
      return;
    }
    if (this.chart && this.chart.canvas !== canvas) {
      this.chart.destroy();
      this.chart = null;
    }
    if (!this.stale && this.chart) return;
    this.stale = false;
    const config = this.config();
    if (this.chart) {
      this.chart.data = config.data;
      if (config.options) this.chart.options = config.options;
      this.chart.update('none');
    } else {
      this.chart = new Chart(canvas, config);
    }
    this.drawn?.(this.chart);
  }

  hostDisconnected(): void {
    this.scheme.removeEventListener('change', this.onScheme);
    this.chart?.destroy();
    this.chart = null;
    this.stale = true;
  }
}
