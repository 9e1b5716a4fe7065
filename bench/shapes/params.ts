import { foldText } from '../../src/text/fold';
import type { Corpus } from '../corpus/generate';

/** The concrete arguments every shape is asked with, picked from the corpus deterministically. */
export interface ShapeParams {
  /** A moderately frequent entity (Zipf rank 20) for the filtered timeline. */
  entity: string;
  from: string;
  to: string;
  /** The histogram's range (six years, 72 monthly buckets). */
  histFrom: string;
  histTo: string;
  /** The kind of the kind-filtered histogram. */
  kind: string;
  searchArabic: string;
  searchLatin: string;
  /** Two entities for the connection shape, and a hub for the neighbourhood. */
  pathFrom: string;
  pathTo: string;
  hub: string;
  /** The two top-ranked entities of the Zipf draw (the biggest hubs: countries in a fifth of all events). */
  topHub: string;
  secondHub: string;
}

export function shapeParams(corpus: Corpus): ShapeParams {
  const e = (rank: number) => corpus.entities[Math.min(rank, corpus.entities.length - 1)];
  const person = corpus.entities.find((x, i) => i > 40 && x.kind === 'PERSON') ?? e(41);
  const place = corpus.entities.find((x, i) => i > 60 && x.kind === 'PLACE') ?? e(61);
  return {
    entity: e(20)?.id ?? '',
    from: '2022-01-01',
    to: '2023-12-31',
    histFrom: '2020-01-01',
    histTo: '2025-12-31',
    kind: 'MAKE_PUBLIC_STATEMENT',
    // The family name as a reader would type it: Arabic script, and Latin without Turkish letters.
    searchArabic: person?.names.ar.split(' ').at(-1) ?? '',
    searchLatin: foldText(place?.names.tr ?? place?.names.en ?? ''),
    pathFrom: e(30)?.id ?? '',
    pathTo: e(150)?.id ?? '',
    hub: e(25)?.id ?? '',
    topHub: e(0)?.id ?? '',
    secondHub: e(1)?.id ?? '',
  };
}
