// drizzle-kit reads this to turn src/db/schema.ts into SQL migrations under src/db/migrations.
// The same migration files are applied by the libSQL migrator (file, sqld) and by
// `wrangler d1 migrations apply` (wrangler.toml points migrations_dir here).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
