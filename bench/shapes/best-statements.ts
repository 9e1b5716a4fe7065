import { readFileSync } from 'node:fs';
import { linkKeyStreams } from '../../src/timeline/link-keys';
import type { ShapeParams } from './params';
import type { Run } from './raw-sequences';

/**
 * The best single statement we could write by hand for each read shape: one round trip that reads
 * exactly the fields the shape asks for, with no GraphQL, no fragments and no DataLoaders. It shows
 * what one round trip can do, so a slow sequence of ours shows as such (the "raw" baseline replays
 * our own sequence). Shapes without one here are reported as "–".
 */
const file = (name: string) => readFileSync(new URL(`./best/${name}.cypher`, import.meta.url), 'utf8').trim();
const statement = (...parts: string[]) => ({
  name: `best:${parts.join('+')}`,
  text: parts.map(file).join('\n'),
});

const PAGE = statement('timeline-all', 'timeline-rows');
const FILTERED = statement('timeline-entity', 'timeline-rows');
const HISTOGRAM = statement('histogram');
const SEARCH = statement('search');

async function search(run: Run, query: string) {
  const { entityLuceneQuery } = await import('../../src/search/store');
  const { foldText } = await import('../../src/text/fold');
  const { lucene, words } = entityLuceneQuery(query);
  return run(SEARCH, { lucene, words, folded: foldText(query), candidates: 200, first: 10 });
}

export const BEST: Partial<Record<string, (run: Run, p: ShapeParams) => Promise<unknown>>> = {
  timeline20: (run) => run(PAGE, { limit: 21 }),
  timeline100: (run) => run(PAGE, { limit: 101 }),
  timelineFiltered: (run, p) =>
    run(FILTERED, {
      streams: linkKeyStreams([p.entity], p, { above: null, below: null }),
      from: p.from,
      to: p.to,
      limit: 21,
    }),
  histogram: (run, p) => run(HISTOGRAM, { scope: 'month:all', from: p.histFrom, to: p.histTo }),
  histogramEntity: (run, p) =>
    run(HISTOGRAM, { scope: `month:entity:${p.topHub}`, from: p.histFrom, to: p.histTo }),
  histogramKind: (run, p) =>
    run(HISTOGRAM, { scope: `month:kind:${p.kind}`, from: p.histFrom, to: p.histTo }),
  searchArabic: (run, p) => search(run, p.searchArabic),
  searchLatin: (run, p) => search(run, p.searchLatin),
};
