import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { EventItem } from '../src/api/types';
import { findApi } from './find-client';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Add, edit and delete events (POST, PATCH, DELETE /api/events) with the write token. A change
 * shows at once in the charts' markers and the before/after panel: the element fires
 * data-changed and the dashboard reloads events in place.
 *
 * @fires data-changed - after every successful write
 */
@customElement('event-editor')
export class EventEditor extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.875rem; }
    table { border-collapse: collapse; width: 100%; max-width: 52rem; }
    th, td { text-align: left; padding: 0.2rem 0.5rem 0.2rem 0; border-bottom: 1px solid var(--fl-grid); }
    input { font: inherit; color: var(--fl-text); background: var(--fl-surface); border: 1px solid var(--fl-grid-strong); border-radius: 4px; padding: 0.15rem 0.35rem; }
    input[name='date'] { width: 7.5rem; }
    input[name='label'] { width: 100%; box-sizing: border-box; }
    button { font: inherit; padding: 0.15rem 0.6rem; }
    button:focus-visible, input:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 1px; }
    [role='alert'] { color: var(--fl-error, #b00020); }
  `;

  @property() token = '';
  @property({ attribute: false }) events: EventItem[] = [];
  /** The event being edited (its row shows fields), or null. */
  @state() private editing: string | null = null;
  @state() private problem = '';
  @state() private done = '';

  private async write(what: string, work: () => Promise<unknown>): Promise<void> {
    if (!this.token) {
      this.problem = 'Enter the write token (the server’s FLOWLINE_TOKEN) above first.';
      return;
    }
    this.problem = '';
    try {
      await work();
      this.done = what;
      this.editing = null;
      this.dispatchEvent(new CustomEvent('data-changed', { bubbles: true, composed: true }));
    } catch (error) {
      this.problem = (error as Error).message;
    }
  }

  /** date and label of a row's (or the add form's) fields, or null after saying what is wrong. */
  private fields(scope: Element): { date: string; label: string } | null {
    const value = (name: string) => (scope.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '').trim();
    const date = value('date');
    const label = value('label');
    if (!ISO_DAY.test(date)) {
      this.problem = `The date "${date}" is not written YYYY-MM-DD (e.g. 2017-10-16).`;
      return null;
    }
    if (!label) {
      this.problem = 'Say what happened in the label.';
      return null;
    }
    return { date, label };
  }

  private add(row: HTMLElement): void {
    const f = this.fields(row);
    if (!f) return;
    void this.write(`Added "${f.label}".`, async () => {
      await findApi.addEvent(f, this.token);
      for (const input of row.querySelectorAll('input')) input.value = '';
    });
  }

  private row(ev: EventItem) {
    if (this.editing === ev.id) {
      return html`<tr data-id=${ev.id}>
        <td><input name="date" .value=${ev.date} placeholder="YYYY-MM-DD" aria-label="Date" /></td>
        <td><input name="label" .value=${ev.label} aria-label="Label" /></td>
        <td>
          <button type="button" @click=${(e: Event) => {
            const f = this.fields((e.target as Element).closest('tr')!);
            if (f) void this.write(`Saved "${f.label}".`, () => findApi.editEvent(ev.id, f, this.token));
          }}>Save</button>
          <button type="button" @click=${() => (this.editing = null)}>Cancel</button>
        </td>
      </tr>`;
    }
    return html`<tr data-id=${ev.id}>
      <td>${ev.date}</td><td>${ev.label}</td>
      <td>
        <button type="button" @click=${() => (this.editing = ev.id)}>Edit</button>
        <button type="button" @click=${() => window.confirm(`Delete the event "${ev.label}" (${ev.date})?`) &&
          void this.write(`Deleted "${ev.label}".`, () => findApi.deleteEvent(ev.id, this.token))}>Delete</button>
      </td>
    </tr>`;
  }

  override render() {
    return html`<table>
          <thead><tr><th>Date</th><th>Label</th><th></th></tr></thead>
          <tbody>
            ${this.events.map((ev) => this.row(ev))}
            <tr class="new">
              <td><input name="date" placeholder="YYYY-MM-DD" aria-label="New event's date" /></td>
              <td><input name="label" placeholder="What happened" aria-label="New event's label" /></td>
              <td><button type="button" @click=${(e: Event) => this.add((e.target as Element).closest('tr')!)}>Add event</button></td>
            </tr>
          </tbody>
        </table>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : ''}
      ${this.done && !this.problem ? html`<p role="status">${this.done}</p>` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-editor': EventEditor;
  }
}
