// GET /api/openapi.json
import { Hono } from 'hono';
import type { AppEnv } from './env';
import { openapiDocument } from './openapi-doc';

export const openapiRoutes = new Hono<AppEnv>().get('/openapi.json', (c) => c.json(openapiDocument()));
