import { fileURLToPath } from 'node:url';
import type { Db } from '../neo4j/db';
import { ingestFiles } from './ingest';

/** The shipped fact sheets (the seed article's first). */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Loads the shipped sheets when the graph holds no article yet. */
export async function seedIfEmpty(db: Db): Promise<{ articles: number } | undefined> {
  const [row] = await db.read<{ n: number }>('graph/article-count');
  if (row && row.n > 0) return undefined;
  const reports = await ingestFiles(db, [DATA_DIR]);
  return { articles: reports.length };
}
