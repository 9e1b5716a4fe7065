import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Cypher lives in `cypher/queries/<domain>/<name>.cypher`, one statement a file, loaded by name. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
const QUERIES_DIR = join(CYPHER_DIR, 'queries');
const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(QUERIES_DIR, `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/** Every query name, e.g. `timeline/histogram` (used by a test that checks each one parses). */
export function allQueryNames(dir = QUERIES_DIR): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return allQueryNames(path);
    return entry.endsWith('.cypher') ? [relative(QUERIES_DIR, path).replace(/\.cypher$/, '')] : [];
  });
}
