/** One thing wrong with an input: the file, where in it (a JSON path), and what. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

/** Thrown when validation finds anything wrong; nothing has been written. */
export class SheetProblems extends Error {
  override name = 'SheetProblems';
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} found, nothing was written:\n${problems.map(formatProblem).join('\n')}`,
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
