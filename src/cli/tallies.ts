import { loadConfig } from '../config';
import { connect } from '../neo4j/connect';
import { migrate } from '../neo4j/migrate';
import { recountTalliesIfNeeded, talliesReady } from '../timeline/tallies';
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
    const done = await recountTalliesIfNeeded(db, {
      force: process.argv.includes('--force'),
      log: (l) => console.error(l),
    });
    if (!done) {
      console.log('The timeline tallies already count every event.');
      return;
    }
    const ready = await talliesReady(db);
    console.log(
      `Recounted the timeline tallies of ${done.events} events in ${(done.ms / 1000).toFixed(1)} s; ${ready ? 'they count every event, and every link is keyed' : 'no event to count'}.`,
    );
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
});
