import type { Db } from '../neo4j/db';
import type { KnownEntity } from './entity-mentions';
import { governmentPeriods } from './periods';

interface Row {
  id: string;
  kind: string;
  searchNames: string[];
  governs: { start: string | null; end: string | null }[];
}

/** Every entity in the graph with its names and aliases in every language, and its period, in one query. */
export async function loadKnownEntities(db: Db): Promise<KnownEntity[]> {
  const rows = await db.read<Row>('extract/known-entities', { governs: 'GOVERNS' });
  const periods = governmentPeriods(
    rows.flatMap((r) => r.governs.map((span) => ({ type: 'GOVERNS', from: r.id, span }))),
  );
  return rows.map((r) => {
    const period = periods.get(r.id);
    return { id: r.id, kind: r.kind, names: r.searchNames, ...(period ? { period } : {}) };
  });
}
