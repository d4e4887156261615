// zod validation for queries and bodies whose failures become one 400 naming each parameter.
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { ApiError, type Issue } from './errors';

const WHERE: Record<string, string> = { query: 'query parameter', json: 'body field', param: 'path parameter' };

export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (result.success) return;
    const issues = toIssues(result.error as unknown as z.ZodError);
    const what = WHERE[target] ?? target;
    const summary = issues.map((i) => `${what} "${i.path}" ${i.message}`).join('; ');
    throw new ApiError(400, 'bad_request', `Invalid request: ${summary}.`, issues);
  });
}
