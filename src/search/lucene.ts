import { foldText } from '../text/fold';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Folded, escaped terms for a Lucene query string (Neo4j full-text indexes take Lucene syntax).
 * Hand-written because no maintained package escapes Lucene syntax for this use.
 */
export function luceneTerms(text: string, maxTerms = 16): string[] {
  return foldText(text)
    .split(/[\s|]+/)
    .map((t) => t.replace(SPECIAL, (c) => `\\${c}`))
    .filter((t) => t.length > 0)
    .slice(0, maxTerms);
}

/** A Lucene query for any of some names, each as an exact phrase of its folded, escaped terms. */
export function lucenePhrases(names: string[]): string {
  return names
    .map((n) => luceneTerms(n).join(' '))
    .filter((p) => p.length > 0)
    .map((p) => `"${p}"`)
    .join(' OR ');
}
