// Bodies of POST and PATCH /api/events (zod). Messages reach people verbatim.
import { z } from 'zod';
import { dateParam } from './params';

const only = (fields: string) => ({
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `has ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}; send only ${fields}` : undefined,
});

const FIELDS = '{"date": "YYYY-MM-DD", "label": "…", "aliases"?: ["…"], "id"?: "slug"}';

const label = z.string({ message: 'is required: what happened, e.g. "Kirkuk takeover"' }).trim().min(1, { message: 'must not be empty' }).max(200, { message: 'must be at most 200 characters' });
const aliases = z
  .array(z.string().trim().min(2, { message: 'each must be at least 2 characters' }).max(120, { message: 'each must be at most 120 characters' }), {
    message: 'must be a list of phrases that name the event in text',
  })
  .max(30, { message: 'must list at most 30 phrases' });

export const EVENT_ID = /^[a-z0-9-]{1,100}$/;

export const eventCreateBody = z.strictObject(
  {
    id: z.string().regex(EVENT_ID, { message: 'must be lowercase letters, digits and dashes (at most 100)' }).optional(),
    date: dateParam,
    label,
    aliases: aliases.optional(),
  },
  only(FIELDS),
);

export const eventEditBody = z
  .strictObject({ date: dateParam.optional(), label: label.optional(), aliases: aliases.optional() }, only('{"date"?, "label"?, "aliases"?}'))
  .refine((b) => b.date !== undefined || b.label !== undefined || b.aliases !== undefined, {
    message: 'must change something: give a date, a label or aliases',
    path: ['date'],
  });

/** An id for a new event from its date and label: "2017-10-16-kirkuk-takeover". */
export function eventIdFor(date: string, text: string): string {
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80).replace(/-$/, '');
  return words ? `${date}-${words}` : date;
}
