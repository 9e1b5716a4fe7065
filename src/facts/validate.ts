import type { Db } from '../neo4j/db';
import type { LoadedSheet } from './load';
import { prepare } from './prepare';
import type { PreparedArticle } from './prepared';
import type { Problem } from './problems';
import { referencesOf } from './references';

type Kind = 'Entity' | 'Event' | 'Article';

/**
 * Validates a batch of sheets as a whole: each sheet on its own (prepare), then every reference
 * against what the batch defines and what the graph already holds. Returns every problem found.
 */
export async function validateBatch(
  db: Db | undefined,
  sheets: LoadedSheet[],
): Promise<{ prepared: PreparedArticle[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const prepared: PreparedArticle[] = [];
  const defined = new Map<string, { kind: Kind; file: string; detail?: string }>();
  const define = (id: string, kind: Kind, file: string, path: string, detail?: string) => {
    const before = defined.get(id);
    if (before && (before.kind !== kind || (kind === 'Article' && before.file !== file))) {
      problems.push({
        file,
        path,
        message: `id "${id}" is already ${before.kind === kind ? 'used by another article' : `an ${before.kind}`} in ${before.file}`,
      });
    } else if (before?.detail && detail && before.detail !== detail) {
      problems.push({
        file,
        path,
        message: `entity "${id}" is a ${detail} here but a ${before.detail} in ${before.file}`,
      });
    } else defined.set(id, { kind, file, detail });
  };

  for (const loaded of sheets) {
    const r = prepare(loaded);
    problems.push(...r.problems);
    if (r.prepared) prepared.push(r.prepared);
    const s = loaded.sheet;
    define(s.article.id, 'Article', loaded.file, 'article.id');
    s.entities.forEach((e, i) => {
      define(e.id, 'Entity', loaded.file, `entities[${i}].id`, e.kind);
    });
    s.events.forEach((e, i) => {
      define(e.id, 'Event', loaded.file, `events[${i}].id`);
    });
  }

  const refs = sheets.flatMap((s) => referencesOf(s.sheet).map((r) => ({ ...r, file: s.file })));
  const lookUp = [...new Set([...refs.map((r) => r.id), ...defined.keys()])];
  const inGraph = new Map<string, Kind | null>();
  if (db && lookUp.length) {
    for (const row of await db.read<{ id: string; kind: Kind | null }>('node/kinds-of', { ids: lookUp }))
      inGraph.set(row.id, row.kind);
  }
  for (const [id, d] of defined) {
    const there = inGraph.get(id);
    if (there && there !== d.kind)
      problems.push({
        file: d.file,
        path: '',
        message: `id "${id}" is defined here as an ${d.kind} but is an ${there} in the graph`,
      });
  }
  for (const r of refs) {
    const kind = defined.get(r.id)?.kind ?? inGraph.get(r.id);
    if (!kind)
      problems.push({
        file: r.file,
        path: r.path,
        message: `unknown ${r.kind.toLowerCase()} id "${r.id}" (not in this batch, nor in the graph)`,
      });
    else if (kind !== r.kind)
      problems.push({
        file: r.file,
        path: r.path,
        message: `"${r.id}" is an ${kind}, not an ${r.kind.toLowerCase()}`,
      });
  }
  return { prepared, problems };
}
