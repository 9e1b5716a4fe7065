import { existsSync } from 'node:fs';
import { LOCAL_NEO4J_MEMORY } from '../src/config';
import { benchGdeltWarm, GDELT_SAMPLE, gdeltMarkdown } from './load/gdelt';
import { startBenchNeo4j } from './setup';

/** `npm run bench:gdelt [-- files…]`: the GDELT import step of the benchmark on its own. */
{
  const files = process.argv.slice(2).length ? process.argv.slice(2) : [GDELT_SAMPLE];
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`No such file: ${missing.join(', ')} (give GDELT files as arguments)`);
    process.exit(2);
  }
  const log = (l: string) => console.error(`[bench:gdelt] ${l}`);
  const neo = await startBenchNeo4j({ ...LOCAL_NEO4J_MEMORY, log });
  try {
    console.log(gdeltMarkdown(await benchGdeltWarm(neo.db, files)));
  } finally {
    await neo.stop();
  }
}
