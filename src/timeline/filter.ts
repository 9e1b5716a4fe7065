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
  /** How the evidence was obtained: CURATED, MACHINE_CODED (both when left out). */
  sources?: string[] | null;
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
  /**
   * The tally scopes that count exactly the events the filter selects, apart from its time bounds
   * (every event, some kinds, or one entity: no event is counted in two of them), or null when the
   * filter has a part tallies do not keep (text, articles, sources, several entities, an anchor,
   * or an entity and kinds together).
   */
  tallyScopes: string[] | null;
  /**
   * When the filter's source is entities (or the anchor): the entities whose link time keys hold
   * every event of its pages (link-keys.ts), and the predicates each of those events must pass
   * (the time bounds among them). Null for any other source.
   */
  keyed: { entities: string[]; predicates: string[] } | null;
}

/** Which tally scopes count the events a filter selects (see FilterPlan.tallyScopes). */
function tallyScopesOf(f: TimelineFilter | null | undefined, anchor: string | null): string[] | null {
  if (anchor !== null || f?.text || f?.articles?.length || f?.sources?.length) return null;
  const entities = [...new Set(f?.entities ?? [])];
  const kinds = [...new Set(f?.kinds ?? [])];
  if (entities.length > 1 || (entities.length && kinds.length)) return null;
  if (entities.length) return [`entity:${entities[0]}`];
  if (kinds.length) return kinds.map((k) => `kind:${k}`);
  return ['all'];
}

/** Which entities' link time keys serve the pages of a plan with this source (FilterPlan.keyed). */
function keyedOf(source: string | null, params: Params, predicates: string[]): FilterPlan['keyed'] {
  const entities = params.entities as string[] | undefined;
  if (source === 'source-anchor') return { entities: [params.anchor as string], predicates };
  if (source === 'source-entities-any' && entities) return { entities, predicates };
  // Every one of them: the first one's events that involve all the others.
  if (source === 'source-entities-all' && entities?.[0])
    return { entities: [entities[0]], predicates: ['where-entities-all', ...predicates] };
  return null;
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
  if (f?.sources?.length) {
    params.sources = f.sources;
    predicates.push('where-sources');
  }
  return {
    source: source ?? 'source-all',
    predicates,
    params,
    selectsNothing,
    tallyScopes: tallyScopesOf(f, anchor),
    keyed: keyedOf(source, params, predicates),
  };
}
