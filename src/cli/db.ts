import { Command } from 'commander';
import { loadConfig } from '../config';
import { LocalNeo4jError } from '../neo4j/local-errors';
import { ensureFetched, startLocal, statusLocal, stopLocal } from '../neo4j/local-server';
import { runCli } from './run-cli';

/** `npm run db:fetch|db:start|db:stop|db:status`: manage the embedded local Neo4j. */
const program = new Command('db').description('Manage the embedded local Neo4j');
const config = () => loadConfig(process.env);

program
  .command('fetch')
  .description('fetch the Neo4j jars from Maven Central')
  .action(() => runCli(() => ensureFetched()));

program
  .command('start')
  .description('start the local Neo4j in the background (it keeps running until db:stop)')
  .action(() =>
    runCli(async () => {
      const c = config();
      if (c.neo4j.uri)
        throw new LocalNeo4jError(
          'NEO4J_URI is set, so the embedded Neo4j is not used; unset it to manage the local one.',
        );
      const s = await startLocal({ ...c.local, detached: true });
      console.log(
        s.startedHere
          ? `Neo4j started: ${s.uri} (pid ${s.pid})`
          : `Neo4j already running: ${s.uri} (pid ${s.pid})`,
      );
    }),
  );

program
  .command('stop')
  .description('stop the local Neo4j')
  .action(() =>
    runCli(async () => {
      console.log((await stopLocal(config().local.dir)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
    }),
  );

program
  .command('status')
  .description('say whether the local Neo4j runs')
  .action(() =>
    runCli(async () => {
      const s = statusLocal(config().local.dir);
      console.log(JSON.stringify(s, null, 2));
      if (!s.running) process.exitCode = 3;
    }),
  );

await program.parseAsync();
