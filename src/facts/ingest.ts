import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { type CorroborationReport, corroboratePending } from '../corroboration/store';
import type { Db } from '../neo4j/db';
import { type LoadedSheet, loadSheetFile } from './load';
import { orderForWrite } from './order';
import type { PreparedArticle } from './prepared';
import { type Problem, SheetProblems } from './problems';
import { validateBatch } from './validate';
import { type ArticleReport, writeBatch } from './write';

/** Expands folders into the sheets they hold (.yaml, .yml, .json; the JSON Schema excluded). */
export function sheetFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return [p]; // reported as "no such file" by the loader
    }
    if (!isDir) return [p];
    return readdirSync(p)
      .filter((f) => /\.(ya?ml|json)$/i.test(f) && !f.endsWith('.schema.json'))
      .sort()
      .map((f) => join(p, f));
  });
}

export interface IngestOptions {
  /** Validate only; write nothing. */
  check?: boolean;
  /** Articles per transaction (default 100). */
  batchArticles?: number;
  onProgress?: (done: number, total: number, report: ArticleReport) => void;
  /**
   * Compare the events written (and any a stopped run left) for corroboration once the articles
   * are written (default true); the report goes to onCorroboration.
   */
  corroborate?: boolean;
  onCorroboration?: (report: CorroborationReport) => void;
}

/**
 * Validates every sheet first and reports every problem at once, writing nothing if anything is
 * wrong; then writes the articles in batches, one transaction each (so each article is all or
 * nothing).
 */
export async function ingestSheets(
  db: Db,
  loaded: (LoadedSheet | Problem[])[],
  opts: IngestOptions = {},
): Promise<ArticleReport[]> {
  const problems = loaded.filter((l): l is Problem[] => Array.isArray(l)).flat();
  const sheets = loaded.filter((l): l is LoadedSheet => !Array.isArray(l));
  const v = await validateBatch(db, sheets);
  problems.push(...v.problems);
  if (problems.length) throw new SheetProblems(problems);
  if (opts.check) return [];
  const reports: ArticleReport[] = [];
  const ordered = orderForWrite(v.prepared);
  for (const batch of batches(ordered, opts.batchArticles ?? MAX_ARTICLES)) {
    for (const report of await writeWithFallback(db, batch)) {
      reports.push(report);
      opts.onProgress?.(reports.length, ordered.length, report);
    }
  }
  // Always, even when this run changed nothing: a run killed between writing and comparing leaves
  // its events pending, and the next run (which finds every article unchanged) must compare them.
  // (Compared first and reported after: `onCorroboration?.(await …)` would skip the comparison
  // whenever no one listens, as for the seed load.)
  if (opts.corroborate ?? true) {
    const report = await corroboratePending(db);
    opts.onCorroboration?.(report);
  }
  return reports;
}

/** Articles per transaction, and facts (entities, events, relationships, evidence) per transaction. */
const MAX_ARTICLES = 100;
const MAX_FACTS = 10_000;

function* batches(articles: PreparedArticle[], maxArticles: number): Generator<PreparedArticle[]> {
  let batch: PreparedArticle[] = [];
  let facts = 0;
  for (const p of articles) {
    const size = p.entities.length + p.events.length + p.relations.length + p.evidence.length;
    if (batch.length && (batch.length >= maxArticles || facts + size > MAX_FACTS)) {
      yield batch;
      batch = [];
      facts = 0;
    }
    batch.push(p);
    facts += size;
  }
  if (batch.length) yield batch;
}

/** A batch that fails as a whole is written again one article per transaction, to isolate the cause. */
async function writeWithFallback(db: Db, batch: PreparedArticle[]): Promise<ArticleReport[]> {
  try {
    return await writeBatch(db, batch);
  } catch (err) {
    if (batch.length === 1 || err instanceof GraphQLError || err instanceof SheetProblems) throw err;
    const reports: ArticleReport[] = [];
    for (const p of batch) reports.push(...(await writeBatch(db, [p])));
    return reports;
  }
}

export function ingestFiles(db: Db, paths: string[], opts: IngestOptions = {}) {
  return ingestSheets(db, sheetFiles(paths).map(loadSheetFile), opts);
}
