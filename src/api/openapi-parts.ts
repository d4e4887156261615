// The small builders every OpenAPI path file shares (openapi-doc.ts and the per-area files it
// merges: curation, reference, find), so a change to how a body, an error or a schema is written
// is made once.
import { z } from 'zod';

export type Json = Record<string, unknown>;

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const jsonBody = (schema: Json, description: string) => ({ description, content: { 'application/json': { schema } } });
export const error = (description: string) => jsonBody(ref('ErrorResponse'), description);

/** A zod schema as the JSON Schema of what a client sends (`io: 'input'`), without `$schema`. */
export function schemaOf(schema: z.ZodType): Json {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  delete json.$schema;
  return json;
}
