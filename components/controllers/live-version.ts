// Keeps an open dashboard current: polls GET /api/version every few seconds and calls back when
// the data version moved, so the host reloads its data in place (the view lives in the URL and in
// the elements, so nothing the user chose is lost). Polling, not server-sent events: see
// src/api/live.ts. A hidden tab does not poll; it checks once when shown again.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { apiUrl } from '../api-client';

export const LIVE_POLL_MS = 3000;

export class LiveVersionController implements ReactiveController {
  private seen: number | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private inFlight = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
    private readonly everyMs = LIVE_POLL_MS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => void this.check(), this.everyMs);
    document.addEventListener('visibilitychange', this.onVisible);
    void this.check();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  private readonly onVisible = () => {
    if (!document.hidden) void this.check();
  };

  private async check(): Promise<void> {
    if (document.hidden || this.inFlight) return;
    this.inFlight = true;
    try {
      const res = await fetch(apiUrl('version'), { cache: 'no-store', headers: { accept: 'application/json' } });
      if (!res.ok) return;
      const { version } = (await res.json()) as { version: number };
      const before = this.seen;
      this.seen = version;
      if (before !== null && version !== before) this.onChange();
    } catch {
      // The server is away for a moment (restart, network): the next poll tries again, and the
      // data already on screen stays.
    } finally {
      this.inFlight = false;
    }
  }
}
