import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Cypher lives in `cypher/queries/<domain>/<name>.cypher`, one statement a file, loaded by name. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
const QUERIES_DIR = join(CYPHER_DIR, 'queries');
const FRAGMENTS_DIR = join(CYPHER_DIR, 'fragments');
const cache = new Map<string, string>();

function load(dir: string, name: string): string {
  const path = join(dir, `${name}.cypher`);
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(path, 'utf8').trim();
    cache.set(path, text);
  }
  return text;
}

/** A query file's statement, by name (`timeline/histogram` is cypher/queries/timeline/histogram.cypher). */
export function cypher(name: string): string {
  return load(QUERIES_DIR, name);
}

/**
 * A statement composed from fragment files (cypher/fragments/<domain>/<name>.cypher): `name` says
 * which fragments, so each composition is planned (and cached by Neo4j) as its own statement.
 * Only fragment files and the keywords joining them become Cypher text; every value stays a parameter.
 */
export interface Composed {
  readonly name: string;
  readonly text: string;
}

const composed = new Map<string, Composed>();

/**
 * Joins the `source` fragments, then `WHERE` with the predicates joined by `AND` (when there are
 * any), then the `tail` fragments.
 */
export function compose(
  domain: string,
  source: string | string[],
  predicates: string[],
  tail: string | string[],
): Composed {
  const sources = typeof source === 'string' ? [source] : source;
  const tails = typeof tail === 'string' ? [tail] : tail;
  const name = `${domain}:${sources.join('+')}[${predicates.join(',')}]${tails.join('+')}`;
  let statement = composed.get(name);
  if (!statement) {
    const part = (fragment: string) => load(join(FRAGMENTS_DIR, domain), fragment);
    const where = predicates.length ? [`WHERE ${predicates.map(part).join('\n  AND ')}`] : [];
    statement = { name, text: [...sources.map(part), ...where, ...tails.map(part)].join('\n') };
    composed.set(name, statement);
  }
  return statement;
}

/**
 * A fragment's slot filling: the fragments that replace `{{slot}}` in a template, joined by `join`
 * (`empty` when there are none), each with slots of its own filled in turn.
 */
export interface Slot {
  fragments: (string | { name: string; slots: Record<string, Slot> })[];
  join: string;
  empty?: string;
}

/**
 * A statement from a template fragment whose `{{slot}}` markers are filled with other fragments of
 * the same domain (nested slots are filled from the innermost spec that names them, so one
 * fragment can be used twice with different fillings). As with `compose`, only fragment files and
 * the joining keywords become Cypher text, and each filling is its own named, cached statement.
 */
export function composeSlots(domain: string, template: string, slots: Record<string, Slot>): Composed {
  const describe = (s: Record<string, Slot>): string =>
    Object.entries(s)
      .map(
        ([k, v]) =>
          `${k}=${v.fragments.map((f) => (typeof f === 'string' ? f : `${f.name}{${describe(f.slots)}}`)).join('+')}`,
      )
      .join(';');
  const name = `${domain}:${template}{${describe(slots)}}`;
  let statement = composed.get(name);
  if (!statement) {
    const fill = (text: string, scope: Record<string, Slot>): string =>
      text.replace(/\{\{([a-z-]+)\}\}/g, (_m, key: string) => {
        const slot = scope[key];
        if (!slot) throw new Error(`Fragment slot {{${key}}} has no filling in ${name}`);
        if (!slot.fragments.length) {
          if (slot.empty === undefined) throw new Error(`Fragment slot {{${key}}} is empty in ${name}`);
          return slot.empty;
        }
        return slot.fragments
          .map((f) =>
            typeof f === 'string'
              ? fill(load(join(FRAGMENTS_DIR, domain), f), scope)
              : fill(load(join(FRAGMENTS_DIR, domain), f.name), { ...scope, ...f.slots }),
          )
          .join(slot.join);
      });
    statement = { name, text: fill(load(join(FRAGMENTS_DIR, domain), template), slots) };
    composed.set(name, statement);
  }
  return statement;
}

/** Every query name, e.g. `timeline/histogram` (used by a test that checks each one parses). */
export function allQueryNames(dir = QUERIES_DIR): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return allQueryNames(path);
    return entry.endsWith('.cypher') ? [relative(QUERIES_DIR, path).replace(/\.cypher$/, '')] : [];
  });
}
