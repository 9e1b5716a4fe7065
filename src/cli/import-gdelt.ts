import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config';
import { formatProblem, GdeltProblems, importGdelt } from '../gdelt/import';
import { DEFAULT_LIMITS } from '../gdelt/read';
import { connect } from '../neo4j/connect';
import { migrate } from '../neo4j/migrate';
import { parseArgs } from './args';
import { runCli } from './run-cli';

const whole = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}, got '${value}'.`);
  return n;
};

/** `npm run import:gdelt -- [--skip-bad] <files or folders>`: GDELT events and mentions into the graph. */
const program = new Command('import:gdelt')
  .description(
    'Import GDELT event (2.0 export, 1.0 daily, with a header) and mentions files, .csv/.tsv/.txt or .zip; every row is checked first and nothing is written if any is bad',
  )
  .argument('<paths...>', 'GDELT files or folders of them')
  .option('--skip-bad', 'report bad rows and load the others')
  .option('--batch <rows>', 'rows per transaction', whole(1, 10_000), 1_000)
  .option(
    '--max-bytes <n>',
    'largest file accepted, in bytes after decompression',
    whole(1, 2 ** 40),
    DEFAULT_LIMITS.maxBytes,
  );
parseArgs(program);
const [paths, opts] = [program.args, program.opts<{ skipBad?: boolean; batch: number; maxBytes: number }>()];

await runCli(async () => {
  const { db, local } = await connect(loadConfig(process.env), (l) => console.error(l));
  try {
    await migrate(db);
    const t0 = performance.now();
    const reports = await importGdelt(db, paths, {
      skipBad: opts.skipBad,
      batchRows: opts.batch,
      limits: { ...DEFAULT_LIMITS, maxBytes: opts.maxBytes },
      onProblem: (p) => console.error(`skipped: ${formatProblem(p)}`),
      onFile: (r) =>
        console.error(
          `${r.file}: ${r.layout}, ${r.rows} rows${r.bad ? ` (${r.bad} bad, skipped)` : ''}, ${(r.ms / 1000).toFixed(1)} s`,
        ),
    });
    const seconds = (performance.now() - t0) / 1000;
    const rows = reports.reduce((n, r) => n + r.rows - r.bad, 0);
    console.log(
      JSON.stringify(
        {
          files: reports,
          rows,
          seconds: Number(seconds.toFixed(2)),
          rowsPerSecond: Math.round(rows / seconds),
        },
        null,
        2,
      ),
    );
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
}, [GdeltProblems]);
