import { Command } from 'commander';
import {
  type ArticleScore,
  type Counts,
  knownEntities,
  knownEntity,
  precision,
  recall,
  type ScoredSheet,
  scoreArticle,
  total,
} from '../extract/score';
import { sheetFiles } from '../facts/ingest';
import { type LoadedSheet, loadSheetFile } from '../facts/load';
import { prepare } from '../facts/prepare';
import { formatProblem } from '../facts/problems';
import { DATA_DIR } from '../facts/seed';
import { parseArgs } from './args';

/**
 * npm run extract:score [-- <sheets folder>] — runs the draft extractor on each article of a dataset
 * (default data/news-2015/) and scores it against the sheets completed by hand. The entities already
 * known are those of the seed (data/*.yaml); the dataset's own entities are the new ones.
 */

const program = new Command('extract:score')
  .description('Precision and recall of extract drafts against fact sheets completed by hand')
  .argument('[folder]', 'folder of completed fact sheets with their article texts', `${DATA_DIR}news-2015`)
  .option('--json', 'print the scores as JSON');
parseArgs(program);

function load(paths: string[]): ScoredSheet[] {
  return sheetFiles(paths).map((file) => {
    const loaded = loadSheetFile(file);
    if (Array.isArray(loaded)) {
      for (const p of loaded) console.error(`${p.file} at ${p.path}: ${p.message}`);
      process.exit(1);
    }
    const { sheet, text } = loaded as LoadedSheet;
    if (text === undefined) {
      console.error(`${file}: the sheet gives no article text to score against.`);
      process.exit(1);
    }
    return { file, sheet, text };
  });
}

/** The seed sheets as the graph holds them (with their relationships' spans), or their problems. */
function prepared(sheets: ScoredSheet[]) {
  return sheets.map((s) => {
    const { prepared, problems } = prepare(s);
    if (!prepared) {
      for (const p of problems) console.error(formatProblem(p));
      process.exit(1);
    }
    return { sheet: s.sheet, prepared };
  });
}

const seed = load([DATA_DIR]);
const dataset = load([program.args[0] ?? `${DATA_DIR}news-2015`]);
const known = knownEntities(prepared(seed));
const created = dataset.flatMap((s) => s.sheet.entities.map(knownEntity));
const scores = dataset.map((s) => scoreArticle(s, known, created));

const MEASURES = ['dates', 'knownEntities', 'newEntities', 'events'] as const;
const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
const row = (name: string, c: Counts) =>
  `${name.padEnd(16)} precision ${pct(precision(c))} (${c.correct}/${c.proposed})   recall ${pct(recall(c))} (${c.found}/${c.reference})`;

if (program.opts<{ json?: boolean }>().json) {
  const totals = Object.fromEntries(MEASURES.map((m) => [m, total(scores.map((s) => s[m]))]));
  process.stdout.write(`${JSON.stringify({ articles: scores, totals }, null, 2)}\n`);
} else {
  for (const s of scores) {
    console.log(`\n${s.article}`);
    for (const m of MEASURES) console.log(`  ${row(m, s[m])}`);
    const missed = Object.entries(s.missed).filter(([, list]) => list.length);
    for (const [m, list] of missed) console.log(`  missed ${m}: ${list.join(', ')}`);
  }
  console.log(`\nAll ${scores.length} articles`);
  for (const m of MEASURES) console.log(`  ${row(m, total(scores.map((s: ArticleScore) => s[m])))}`);
  const found = total(scores.map((s) => s.events)).found;
  const agree = scores.reduce((n, s) => n + s.eventKindsAgree, 0);
  console.log(`  event kinds: ${agree} of the ${found} events found have a candidate of their own kind`);
}
