// Styles several elements share, written once: the collapsible panels under the charts (curation,
// adding news) and the filter fieldsets beside them (series, sources).
import { css } from 'lit';

/** A <details> panel with a bold summary and the focus ring every control gets. */
export const panelStyles = css`
  details { margin-top: 1.5rem; border-top: 1px solid var(--fl-grid); padding-top: 0.5rem; }
  summary { cursor: pointer; font-weight: 600; }
  summary:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid var(--fl-focus); outline-offset: 2px; }
`;

/** A filter group: a framed fieldset of checkbox labels. */
export const filterStyles = css`
  :host { display: block; font-size: 0.875rem; }
  fieldset { border: 1px solid var(--fl-grid); border-radius: 6px; margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.25rem; }
`;
