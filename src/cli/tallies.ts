import { loadConfig } from '../config';
import { connect } from '../neo4j/connect';
import { migrate } from '../neo4j/migrate';
import { rebuildTallies, talliesReady } from '../timeline/tallies';
import { runCli } from './run-cli';

/**
 * `npm run tallies`: recounts the timeline tallies when they do not count every event (a graph
 * loaded before they existed, or changed by hand); `--force` recounts them anyway.
 */
await runCli(async () => {
  const config = loadConfig(process.env);
  const { db, local } = await connect(config, (l) => console.error(l));
  try {
    await migrate(db);
    if (!process.argv.includes('--force') && (await talliesReady(db))) {
      console.log('The timeline tallies already count every event.');
      return;
    }
    const started = Date.now();
    const n = await rebuildTallies(db, (l) => console.error(l));
    const ready = await talliesReady(db);
    console.log(
      `Recounted the timeline tallies of ${n} events in ${((Date.now() - started) / 1000).toFixed(1)} s; ${ready ? 'they count every event' : 'no event to count'}.`,
    );
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
});
