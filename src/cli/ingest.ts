import { Command } from 'commander';
import { loadConfig } from '../config';
import type { CorroborationReport } from '../corroboration/store';
import { ingestFiles } from '../facts/ingest';
import { SheetProblems } from '../facts/problems';
import type { Counts } from '../facts/write';
import { connect } from '../neo4j/connect';
import { migrate } from '../neo4j/migrate';
import { runCli } from './run-cli';

/** `npm run ingest -- [--check] <files or folders>`: validate every sheet, then load them. */
const program = new Command('ingest')
  .description(
    'Load fact sheets into the graph; every sheet is validated first, nothing is written if any is invalid',
  )
  .argument('<paths...>', 'fact sheets (.yaml, .yml, .json) or folders of them')
  .option('--check', 'validate only, write nothing')
  .option('--batch <articles>', 'articles per transaction (each article is always whole)', '100')
  .option('--no-corroborate', 'do not compare the events written for corroboration (a later run will)')
  .action((paths: string[], opts: { check?: boolean; batch: string; corroborate: boolean }) =>
    runCli(async () => {
      const { db, local } = await connect(loadConfig(process.env), (l) => console.error(l));
      try {
        // The constraints must exist before anything is written (they keep ids unique).
        await migrate(db);
        const total = {
          articles: { created: 0, updated: 0, unchanged: 0 },
          events: blank(),
          relationships: blank(),
          entities: blank(),
        };
        let corroboration: CorroborationReport | undefined;
        const reports = await ingestFiles(db, paths, {
          check: opts.check,
          corroborate: opts.corroborate,
          onCorroboration: (r) => {
            corroboration = r;
          },
          batchArticles: batchSize(opts.batch),
          onProgress: (done, of, r) => {
            console.error(`[${done}/${of}] ${r.article}: ${r.status}`);
            total.articles[r.status]++;
            for (const k of ['events', 'relationships', 'entities'] as const)
              for (const c of Object.keys(blank()) as (keyof Counts)[]) total[k][c] += r[k][c];
          },
        });
        console.log(
          opts.check
            ? 'All sheets are valid; nothing was written (--check).'
            : JSON.stringify({ sheets: reports.length, ...total, corroboration }, null, 2),
        );
      } finally {
        await db.close();
        if (local?.startedHere) await local.stop();
      }
    }, [SheetProblems]),
  );

function batchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    console.error(`--batch must be a whole number from 1 to 1000, got "${value}"`);
    process.exit(2);
  }
  return n;
}

const blank = (): Counts => ({ created: 0, updated: 0, unchanged: 0, removed: 0 });

await program.parseAsync();
