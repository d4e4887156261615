// Where the bulk writer (src/ingest/store.ts) writes: a libSQL file through the native driver
// (src/db/native-writer.ts: prepared statements kept), sqld or Turso over Hrana with request
// bodies written in one piece (src/ingest/hrana-writer.ts), anything else (an in-memory database)
// through the libSQL client.
import type { Client } from '@libsql/client';
import type { Database } from '../db/client';
import { nativeWriter, type BulkWriter, type WriteTx } from '../db/native-writer';
import { hranaWriter, pipelineUrl } from './hrana-writer';

export type { BulkWriter, WriteTx };

/** A client's (or a client transaction's) reads in the shape WriteTx gives them: rows as arrays. */
export function clientRows(client: Pick<Client, 'execute'>): WriteTx['rows'] {
  return async (sql, args = []) => (await client.execute({ sql, args: [...args] })).rows.map((r) => Array.from(r));
}

export function clientWriter(client: Client): BulkWriter {
  return {
    // As the bulk writer sent them before it had writers of its own (the bench's baseline).
    rowsAs: 'values',
    async transaction(work) {
      const tx = await client.transaction('write');
      try {
        const result = await work({
          rows: clientRows(tx),
          run: async (statements) => {
            if (statements.length) await tx.batch([...statements]);
          },
        });
        await tx.commit();
        return result;
      } finally {
        tx.close();
      }
    },
    // The client belongs to the caller.
    close: () => undefined,
  };
}

export function openBulkWriter(database: Pick<Database, 'client' | 'path' | 'server'>): BulkWriter {
  if (database.path) return nativeWriter(database.path);
  const endpoint = database.server ? pipelineUrl(database.server.url) : null;
  return endpoint ? hranaWriter(endpoint, database.server!.authToken) : clientWriter(database.client);
}
