import { type Command, InvalidArgumentError } from 'commander';
import { parseIsoDay } from '../dates/calendar';
import type { Direction, Language } from '../dates/parse';

/** Exit code for bad command-line arguments (commander's own usage errors use 1). */
export const BAD_ARGUMENTS = 2;

/** commander argument parsers shared by the CLIs: each names what it expected. */
export function isoDay(value: string): string {
  if (!parseIsoDay(value)) throw new InvalidArgumentError(`expected an ISO day YYYY-MM-DD, got '${value}'.`);
  return value;
}

export function language(value: string): Language {
  const upper = value.toUpperCase();
  if (upper !== 'AR' && upper !== 'EN') throw new InvalidArgumentError(`expected AR or EN, got '${value}'.`);
  return upper;
}

export function direction(value: string): Direction {
  const upper = value.toUpperCase();
  if (upper !== 'PAST' && upper !== 'FUTURE')
    throw new InvalidArgumentError(`expected PAST or FUTURE, got '${value}'.`);
  return upper;
}

/**
 * Parses the command line: a bad argument prints commander's one-line error and exits with
 * BAD_ARGUMENTS; --help exits 0.
 */
export function parseArgs(program: Command): void {
  program
    .exitOverride()
    .configureOutput({ writeErr: (line) => process.stderr.write(line.startsWith('error:') ? line : '') });
  try {
    program.parse();
  } catch (err) {
    const code = (err as { code?: string }).code;
    process.exit(code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : BAD_ARGUMENTS);
  }
}
