import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../neo4j/db';
import { type LoadedSheet, loadSheetFile } from './load';
import { orderForWrite } from './order';
import { type Problem, SheetProblems } from './problems';
import { validateBatch } from './validate';
import { type ArticleReport, writeArticle } from './write';

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
  onProgress?: (done: number, total: number, report: ArticleReport) => void;
}

/**
 * Validates every sheet first and reports every problem at once, writing nothing if anything is
 * wrong; then writes each article in its own transaction.
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
  for (const p of ordered) {
    const report = await writeArticle(db, p);
    reports.push(report);
    opts.onProgress?.(reports.length, ordered.length, report);
  }
  return reports;
}

export function ingestFiles(db: Db, paths: string[], opts: IngestOptions = {}) {
  return ingestSheets(db, sheetFiles(paths).map(loadSheetFile), opts);
}
