import { loadConfig } from '../config';
import { connect } from '../neo4j/connect';
import { migrate } from '../neo4j/migrate';
import { runCli } from './run-cli';

/** `npm run migrate`: applies pending schema migrations (a no-op when none are pending). */
await runCli(async () => {
  const config = loadConfig(process.env);
  const { db, local } = await connect(config, (l) => console.error(l));
  try {
    const r = await migrate(db);
    console.log(
      r.applied.length
        ? `Applied ${r.applied.join(', ')}.`
        : `Nothing to apply (${r.alreadyApplied} already applied).`,
    );
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
});
