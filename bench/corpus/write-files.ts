import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { createCorpus } from './generate';

/**
 * Writes a synthetic corpus as JSON fact sheets (one file per article), to load with the normal
 * ingest: `npx tsx bench/corpus/write-files.ts --events 1000 --out /tmp/corpus && npm run ingest -- /tmp/corpus`.
 */
const program = new Command('bench-corpus')
  .requiredOption('--out <dir>', 'folder to write the sheets to')
  .option('--events <n>', 'number of events', '1000')
  .option('--seed <n>', 'PRNG seed', '42')
  .action((o: { out: string; events: string; seed: string }) => {
    const out = resolve(o.out);
    mkdirSync(out, { recursive: true });
    let files = 0;
    for (const sheet of createCorpus({ seed: Number(o.seed), events: Number(o.events) }).sheets()) {
      writeFileSync(join(out, `${sheet.article.id}.json`), `${JSON.stringify(sheet, null, 1)}\n`);
      files++;
    }
    console.log(`Wrote ${files} fact sheets (${o.events} events, seed ${o.seed}) to ${out}`);
  });

program.parse();
