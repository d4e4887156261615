// Text with some spans in <mark>, built from offsets: article text is never parsed as HTML.
import { html, type TemplateResult } from 'lit';

export function markedText(text: string, marks: readonly (readonly [number, number])[], title?: (i: number) => string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [i, [start, end]] of marks.entries()) {
    // Overlapping spans (a level and the figure derived from the same words) are marked once.
    if (start < at || end > text.length) continue;
    parts.push(text.slice(at, start), html`<mark title=${title?.(i) ?? ''}>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
