import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config';
import type { Direction, Language } from '../dates/parse';
import { draftSheet, draftYaml } from '../extract/draft';
import { loadKnownEntities } from '../extract/known';
import { connect } from '../neo4j/connect';
import { BAD_ARGUMENTS, direction, isoDay, language, parseArgs } from './args';
import { runCli } from './run-cli';

/** npm run extract -- <article.txt> --published YYYY-MM-DD [--language AR|EN] [--prefer PAST|FUTURE] [--publisher <id>] */

function publisherId(value: string): string {
  if (!/^[a-z0-9][a-z0-9._-]{0,127}$/.test(value))
    throw new InvalidArgumentError(`expected an entity id such as enab-baladi, got '${value}'.`);
  return value;
}

const program = new Command('extract')
  .description(
    'Print a draft fact sheet (YAML) for an article text: every date mention and every mention of an entity already in the graph, with offsets',
  )
  .argument('<file>', 'the article text (UTF-8)')
  .requiredOption(
    '--published <day>',
    'publication day, YYYY-MM-DD (relative dates resolve against it)',
    isoDay,
  )
  .option('--language <language>', 'AR or EN (default: detected from the script)', language)
  .option(
    '--prefer <direction>',
    'PAST or FUTURE: how dates without a direction read (default PAST)',
    direction,
  )
  .option('--publisher <id>', "the publisher's entity id (default: a placeholder to replace)", publisherId);

parseArgs(program);

const file = program.args[0] as string;
const options = program.opts<{
  published: string;
  language?: Language;
  prefer?: Direction;
  publisher?: string;
}>();

function readArticle(path: string): string {
  try {
    const text = readFileSync(path, 'utf8');
    if (text.trim() !== '') return text;
    console.error(`error: '${path}' is empty; give an article text.`);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : code;
    console.error(`error: cannot read '${path}': ${why ?? (err as Error).message}.`);
  }
  process.exit(BAD_ARGUMENTS);
}

const text = readArticle(file);
await runCli(async () => {
  const { db, local } = await connect(loadConfig(process.env), (l) => console.error(l));
  try {
    const known = await loadKnownEntities(db);
    process.stdout.write(draftYaml(draftSheet({ file, text, known, ...options })));
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
});
