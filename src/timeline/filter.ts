import type { Params } from '../neo4j/db';
import { luceneTerms } from '../search/lucene';

export interface TimelineFilter {
  entities?: string[] | null;
  entityMatch?: 'ANY' | 'ALL' | null;
  kinds?: string[] | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
  articles?: string[] | null;
}

/**
 * A timeline filter as a statement shape: the fragment the match starts from, the predicates of the
 * other filters actually given (cypher/fragments/timeline), and their parameters. Pages, counts and
 * histograms all start from this one plan, so they always agree on which events a filter selects.
 */
export interface FilterPlan {
  source: string;
  predicates: string[];
  params: Params;
  /** The filter can select nothing (free text without a single word): no query is needed. */
  selectsNothing: boolean;
}

/**
 * Plans a filter, anchored on an entity for Entity.timeline. One filter given is the source of the
 * match, the first of: the full-text index for words (it cannot be a predicate), the articles'
 * evidence, the anchor's or the entities' own links; else the event indexes (order key, kind, span
 * bounds) as the planner sees fit. The other filters given become predicates.
 */
export function planFilter(f: TimelineFilter | null | undefined, anchor: string | null = null): FilterPlan {
  const params: Params = {};
  const predicates: string[] = [];
  let source: string | null = null;
  /** The first filter given is the source; each later one is a predicate. */
  const add = (asSource: string, asPredicate: string) => {
    if (source) predicates.push(asPredicate);
    else source = asSource;
  };
  let selectsNothing = false;

  if (f?.text) {
    const terms = luceneTerms(f.text);
    selectsNothing = terms.length === 0;
    params.text = terms.map((t) => `+${t}`).join(' ');
    source = 'source-text';
  }
  if (f?.articles?.length) {
    params.articles = f.articles;
    add('source-articles', 'where-articles');
  }
  if (anchor !== null) {
    params.anchor = anchor;
    add('source-anchor', 'where-anchor');
  }
  if (f?.entities?.length) {
    // Distinct ids: "ALL of [a, a]" means a, in pages, counts and histograms alike.
    params.entities = [...new Set(f.entities)];
    const match = f.entityMatch === 'ALL' ? 'all' : 'any';
    add(`source-entities-${match}`, `where-entities-${match}`);
  }
  if (f?.kinds?.length) {
    params.kinds = f.kinds;
    predicates.push('where-kinds');
  }
  if (f?.from) {
    params.from = f.from;
    predicates.push('where-from');
  }
  if (f?.to) {
    params.to = f.to;
    predicates.push('where-to');
  }
  return { source: source ?? 'source-all', predicates, params, selectsNothing };
}
