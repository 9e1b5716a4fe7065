/** One thing wrong with an input: the file, where in it (a JSON path), and what. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

/**
 * Thrown when validation finds anything wrong: before anything is written (nothing was), or inside
 * a batch's write transaction (that batch was not written; earlier batches of a large load were).
 */
export class SheetProblems extends Error {
  override name = 'SheetProblems';
  constructor(
    readonly problems: Problem[],
    outcome = 'nothing was written',
  ) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} found, ${outcome}:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
}

export function formatProblem(p: Problem): string {
  return `  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`;
}

/** `['events', 2, 'when']` → `events[2].when` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}
