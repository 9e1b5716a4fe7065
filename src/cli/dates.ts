import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { parseIsoDay } from '../dates/calendar';
import { findDateMentions, type Language } from '../dates/parse';

/** npm run dates -- --reference 2025-07-23 [--language AR|EN] "<text>"  (no text: reads stdin). */
const BAD_ARGUMENTS = 2;

function referenceDay(value: string): string {
  if (!parseIsoDay(value)) throw new InvalidArgumentError(`expected an ISO day YYYY-MM-DD, got '${value}'.`);
  return value;
}

function language(value: string): Language {
  const upper = value.toUpperCase();
  if (upper !== 'AR' && upper !== 'EN') throw new InvalidArgumentError(`expected AR or EN, got '${value}'.`);
  return upper;
}

const program = new Command('dates')
  .description('Print the date mentions found in the text as JSON')
  .requiredOption(
    '-r, --reference <day>',
    'reference day (usually the publication date), YYYY-MM-DD',
    referenceDay,
  )
  .option('-l, --language <language>', 'AR or EN (default: detected from the script)', language)
  .argument('[text]', 'text to read; stdin when absent')
  .exitOverride()
  .configureOutput({ writeErr: (line) => process.stderr.write(line.startsWith('error:') ? line : '') });

try {
  program.parse();
} catch (err) {
  const code = (err as { code?: string }).code;
  process.exit(code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : BAD_ARGUMENTS);
}

const options = program.opts<{ reference: string; language?: Language }>();
const text = program.args[0] ?? readFileSync(0, 'utf8');
const { mentions, rejected } = findDateMentions(text, options.reference, options.language);
for (const skipped of rejected)
  console.error(`skipped '${skipped.text}' at ${skipped.offset}: ${skipped.reason}`);
process.stdout.write(`${JSON.stringify(mentions, null, 2)}\n`);
