import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { type Direction, findDateMentions, type Language } from '../dates/parse';
import { direction, isoDay, language, parseArgs } from './args';

/** npm run dates -- --reference 2025-07-23 [--language AR|EN] [--prefer PAST|FUTURE] "<text>"  (no text: reads stdin). */

const program = new Command('dates')
  .description('Print the date mentions found in the text as JSON')
  .requiredOption('-r, --reference <day>', 'reference day (usually the publication date), YYYY-MM-DD', isoDay)
  .option('-l, --language <language>', 'AR or EN (default: detected from the script)', language)
  .option(
    '-p, --prefer <direction>',
    'PAST or FUTURE: how a date without a written direction reads (default PAST)',
    direction,
  )
  .argument('[text]', 'text to read; stdin when absent');

parseArgs(program);

const options = program.opts<{ reference: string; language?: Language; prefer?: Direction }>();
const text = program.args[0] ?? readFileSync(0, 'utf8');
const { mentions, rejected } = findDateMentions(text, options.reference, options);
for (const skipped of rejected)
  console.error(`skipped '${skipped.text}' at ${skipped.offset}: ${skipped.reason}`);
process.stdout.write(`${JSON.stringify(mentions, null, 2)}\n`);
