import { type EntityRow, entityRow } from '../entity/store';
import { badInput, checkBetween } from '../errors';
import type { Db } from '../neo4j/db';
import { foldText } from '../text/fold';
import { luceneTerms } from './lucene';

export interface EntityHitRow {
  id: string;
  /** The match tier (4 whole name, 3 whole words, 2 word prefixes, 1 fuzzy) plus a fraction < 1. */
  score: number;
  /** The original name or alias that matched best. */
  matched: string;
  /** The entity itself, read by the same statement. */
  entity: EntityRow;
}

export interface EntitySearch {
  query: string;
  kinds?: readonly string[] | null;
  first?: number | null;
}

export const MAX_QUERY_CHARS = 200;
export const MAX_HITS = 50;
/** How many index hits (best full-text score first) are ranked by tier: bounds the work per call. */
const CANDIDATES = 200;
/** Lucene fuzzy terms (one edit) only for words this long: shorter ones match too much. */
const FUZZY_MIN_CHARS = 4;
const TERM_SEPARATOR = /[\s|]+/;

/**
 * The Lucene query: per folded word, the analyzed term (stemmed and normalised like the index) or
 * the word as a prefix or, from 4 characters, within one edit. Wildcard and fuzzy terms are not
 * analyzed, hence the analyzed alternative. Words are optional (OR): the tiers rank the hits.
 */
export function entityLuceneQuery(query: string): { lucene: string; words: string[] } {
  const terms = luceneTerms(query);
  const words = foldText(query).split(TERM_SEPARATOR).filter(Boolean).slice(0, terms.length);
  const lucene = terms
    .map((term, i) => {
      const alternatives = [`${term}^4`, `${term}*^2`];
      if ((words[i] ?? '').length >= FUZZY_MIN_CHARS) alternatives.push(`${term}~1`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' ');
  return { lucene, words };
}

/** Entities whose names or aliases match the query, best first (exact, then prefix, then fuzzy). */
export async function searchEntities(db: Db, { query, kinds, first }: EntitySearch): Promise<EntityHitRow[]> {
  const limit = checkBetween('first', first ?? 10, 1, MAX_HITS);
  if (query.length > MAX_QUERY_CHARS)
    throw badInput('query', `is ${query.length} characters long; at most ${MAX_QUERY_CHARS} are searched`);
  const folded = foldText(query);
  if (folded === '') throw badInput('query', 'is empty: give a name or part of one');
  const { lucene, words } = entityLuceneQuery(query);
  const rows = await db.readOnce<Omit<EntityHitRow, 'entity'> & { entity: Record<string, unknown> }>(
    'search/entities',
    {
      lucene,
      words,
      folded,
      kinds: kinds?.length ? kinds : null,
      candidates: CANDIDATES,
      first: limit,
    },
  );
  return rows.map((r) => ({ ...r, entity: entityRow(r.entity) }));
}
