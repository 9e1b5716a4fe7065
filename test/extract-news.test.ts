import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftSheet } from '../src/extract/draft';
import { knownEntities, knownEntity, type ScoredSheet, scoreArticle } from '../src/extract/score';
import { sheetFiles } from '../src/facts/ingest';
import { type LoadedSheet, loadSheetFile } from '../src/facts/load';
import { prepare } from '../src/facts/prepare';

// The 2015 news dataset ships in the repo (data/news-2015): its sheets were completed by hand, so the
// drafts of its articles can be held to them. The seed's entities are the known ones.
const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

function load(path: string): ScoredSheet[] {
  return sheetFiles([path]).map((file) => {
    const loaded = loadSheetFile(file) as LoadedSheet;
    expect(loaded.text, file).toBeDefined();
    return { file, sheet: loaded.sheet, text: loaded.text as string };
  });
}

const seed = load(dataDir);
const articles = load(`${dataDir}news-2015`);
const known = knownEntities(
  seed.map((s) => ({
    sheet: s.sheet,
    prepared: prepare(s).prepared as NonNullable<ReturnType<typeof prepare>['prepared']>,
  })),
);
const created = articles.flatMap((a) => a.sheet.entities.map(knownEntity));

describe('drafts of the 2015 news articles against their completed sheets', () => {
  it('has the eight articles', () => {
    expect(articles).toHaveLength(8);
  });

  it.each(articles.map((a) => [a.sheet.article.id, a] as const))(
    '%s: the draft finds every date expression and every known entity the sheet uses',
    (_id, article) => {
      const score = scoreArticle(article, known, created);
      expect(score.missed.dates).toEqual([]);
      expect(score.missed.knownEntities).toEqual([]);
      expect(score.dates.reference).toBeGreaterThan(0);
      expect(score.knownEntities.reference).toBeGreaterThan(0);
    },
  );

  it.each(articles.map((a) => [a.sheet.article.id, a] as const))(
    '%s: every hint points at its text',
    (_id, { file, sheet, text }) => {
      const { mentions } = draftSheet({ file, text, published: sheet.article.published, known });
      const all = [...mentions.dates, ...mentions.entities, ...mentions.newEntities, ...mentions.events];
      expect(all.length).toBeGreaterThan(0);
      for (const m of all) expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
    },
  );
});
