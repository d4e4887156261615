// The view state's link to the address bar: read from the query string, written back as a new
// history entry on every user change, re-read when back/forward fires popstate. Listening starts
// on connect and stops on disconnect (see decisions/0001-url-state-no-router.md).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseState, serializeState, type ViewState } from '../view-state';

export class UrlStateController implements ReactiveController {
  state: ViewState = parseState(location.search);

  private readonly onPop = () => {
    this.state = parseState(location.search);
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // The address may have changed while the element was detached.
    this.state = parseState(location.search);
    window.addEventListener('popstate', this.onPop);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPop);
  }

  /** A new view: a new history entry, so back and forward walk through the user's choices. */
  navigate(part: Partial<ViewState>): void {
    this.state = { ...this.state, ...part };
    history.pushState(null, '', serializeState(this.state) || location.pathname);
    this.host.requestUpdate();
  }
}
