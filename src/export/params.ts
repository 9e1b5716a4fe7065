import { GraphQLEnumType } from 'graphql';
import { parseIsoDay } from '../dates/calendar';
import { schema } from '../schema';
import { ExportError } from './errors';

/** The timeline filter as the exports take it: the same fields as `TimelineFilter`, as query parameters. */
export interface FilterVariables {
  entities?: string[];
  articles?: string[];
  kinds?: string[];
  entityMatch?: string;
  from?: string;
  to?: string;
  text?: string;
}

const FILTER_PARAMS = ['entities', 'articles', 'kinds', 'entityMatch', 'from', 'to', 'text'] as const;

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  return type instanceof GraphQLEnumType ? type.getValues().map((v) => v.name) : [];
}

/** A parameter's values: repeated (`kinds=A&kinds=B`) or comma-separated (`kinds=A,B`). */
function list(url: URL, name: string): string[] | undefined {
  const values = url.searchParams
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length ? values : undefined;
}

function single(url: URL, name: string): string | undefined {
  const all = url.searchParams.getAll(name);
  if (all.length > 1) throw new ExportError(400, name, 'may be given once');
  const v = all[0]?.trim();
  return v ? v : undefined;
}

function day(url: URL, name: string): string | undefined {
  const v = single(url, name);
  if (v !== undefined && !parseIsoDay(v)) {
    throw new ExportError(400, name, `must be a calendar day such as 2025-07-23, got ${JSON.stringify(v)}`);
  }
  return v;
}

/** An integer parameter within [min, max], or its default. */
export function integer(url: URL, name: string, min: number, max: number, fallback: number): number {
  const v = single(url, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) {
    throw new ExportError(
      400,
      name,
      `must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`,
    );
  }
  return n;
}

/** Refuses parameters the export does not know, so a typo is not silently ignored. */
export function onlyKnown(url: URL, known: readonly string[]) {
  for (const name of new Set(url.searchParams.keys())) {
    if (!known.includes(name)) {
      throw new ExportError(400, name, `is not a parameter of this export (it takes ${known.join(', ')})`);
    }
  }
}

/**
 * Reads the timeline filter from the query string. Formats are checked here so that the 400 names
 * the parameter; caps and ranges are the API's own (its BAD_USER_INPUT errors are passed on).
 */
export function filterOf(url: URL): FilterVariables {
  const f: FilterVariables = {};
  const entities = list(url, 'entities');
  const articles = list(url, 'articles');
  const kinds = list(url, 'kinds');
  if (entities) f.entities = entities;
  if (articles) f.articles = articles;
  if (kinds) {
    const known = enumValues('EventKind');
    const bad = kinds.find((k) => !known.includes(k));
    if (bad)
      throw new ExportError(
        400,
        'kinds',
        `has an unknown kind ${JSON.stringify(bad)} (known: ${known.join(', ')})`,
      );
    f.kinds = kinds;
  }
  const match = single(url, 'entityMatch');
  if (match) {
    const known = enumValues('Match');
    if (!known.includes(match))
      throw new ExportError(400, 'entityMatch', `must be one of ${known.join(', ')}`);
    f.entityMatch = match;
  }
  const from = day(url, 'from');
  const to = day(url, 'to');
  if (from) f.from = from;
  if (to) f.to = to;
  const text = single(url, 'text');
  if (text) f.text = text;
  return f;
}

export const TIMELINE_PARAMS = [...FILTER_PARAMS, 'limit'] as const;
