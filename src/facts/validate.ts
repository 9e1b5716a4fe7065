import type { Db, Tx } from '../neo4j/db';
import type { LoadedSheet } from './load';
import { prepare } from './prepare';
import type { PreparedArticle } from './prepared';
import type { Problem } from './problems';
import { idsOf, type Kind, type SheetIds } from './references';

/** The kind of each id the graph holds (an id it does not hold is absent or null). */
export type KindsInGraph = (ids: string[]) => Promise<Map<string, Kind | null>>;

/** Looks ids up in one round trip, in a read or inside the transaction that writes. */
export function kindsIn(runner: Pick<Db, 'read'> | Tx): KindsInGraph {
  return async (ids) => {
    const rows = ids.length
      ? await ('read' in runner ? runner.read.bind(runner) : runner.run.bind(runner))<{
          id: string;
          kind: Kind | null;
        }>('node/kinds-of', { ids })
      : [];
    return new Map(rows.map((r) => [r.id, r.kind]));
  };
}

/**
 * Checks each sheet on its own (prepare) and the batch's ids among themselves: an id means one
 * thing across the batch. Needs no database; every problem found is returned.
 */
export function checkSheets(sheets: LoadedSheet[]): {
  prepared: PreparedArticle[];
  problems: Problem[];
  ids: SheetIds[];
} {
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
  return { prepared, problems, ids: sheets.map((l) => idsOf(l.file, l.sheet)) };
}

/**
 * Checks a batch against the graph: every id it defines keeps the kind the graph gives it, and every
 * id it refers to is defined in the batch or held by the graph, with the right kind. Run before
 * anything is written (to report every problem at once) and again inside the transaction that
 * writes, under the write lock, so that what was checked is what the write sees.
 */
export async function checkAgainstGraph(kinds: KindsInGraph, batch: SheetIds[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  const defined = new Map<string, { kind: Kind; file: string }>();
  for (const p of batch) for (const d of p.defines) defined.set(d.id, { kind: d.kind, file: p.file });
  const refs = batch.flatMap((p) => p.references.map((r) => ({ ...r, file: p.file })));
  const inGraph = await kinds([...new Set([...refs.map((r) => r.id), ...defined.keys()])]);
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
  return problems;
}

/** Every problem of a batch of sheets: on their own, among themselves and against the graph. */
export async function validateBatch(
  db: Db | undefined,
  sheets: LoadedSheet[],
): Promise<{ prepared: PreparedArticle[]; problems: Problem[] }> {
  const { prepared, problems, ids } = checkSheets(sheets);
  if (db) problems.push(...(await checkAgainstGraph(kindsIn(db), ids)));
  return { prepared, problems };
}
