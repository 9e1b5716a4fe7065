import { describe, expect, it } from 'vitest';
import { createCorpus } from '../bench/corpus/generate';
import { checkSheet, type LoadedSheet } from '../src/facts/load';
import type { Problem } from '../src/facts/problems';
import { validateBatch } from '../src/facts/validate';

const sheetsOf = (seed: number, events: number) => [...createCorpus({ seed, events }).sheets()];

describe('bench corpus generator', () => {
  it('is deterministic: the same seed gives identical sheets', () => {
    expect(JSON.stringify(sheetsOf(7, 200))).toBe(JSON.stringify(sheetsOf(7, 200)));
  });

  it('gives different sheets for a different seed', () => {
    expect(JSON.stringify(sheetsOf(8, 200))).not.toBe(JSON.stringify(sheetsOf(7, 200)));
  });

  it('makes exactly the asked number of events, and a prefix of a bigger corpus', () => {
    const small = sheetsOf(7, 120);
    const big = createCorpus({ seed: 7, events: 400, entities: 300 });
    expect(small.reduce((n, s) => n + (s.events?.length ?? 0), 0)).toBe(120);
    const bigFirst = [...big.sheets()].slice(0, small.length - 1);
    expect(JSON.stringify(bigFirst)).toBe(JSON.stringify(small.slice(0, -1)));
  });

  it('writes sheets that pass ingest validation (30 articles)', async () => {
    const sheets: ReturnType<typeof sheetsOf> = [];
    for (const s of createCorpus({ seed: 3, events: 10_000 }).sheets()) {
      if (sheets.length === 30) break;
      sheets.push(s);
    }
    const loaded = sheets.map((s, i) => checkSheet(s, `bench-${i}.json`));
    const schemaProblems = loaded.filter((l): l is Problem[] => Array.isArray(l)).flat();
    expect(schemaProblems).toEqual([]);
    const { prepared, problems } = await validateBatch(undefined, loaded as LoadedSheet[]);
    expect(problems).toEqual([]);
    expect(prepared).toHaveLength(30);
  });

  it('mixes languages, date precisions, event kinds and Zipf-distributed mentions', () => {
    const sheets = sheetsOf(11, 2_000);
    const languages = new Set(sheets.map((s) => s.article.language));
    expect([...languages].sort()).toEqual(['AR', 'EN', 'TR']);
    const edtf = sheets
      .flatMap((s) => s.events ?? [])
      .map((e) => (typeof e.when === 'string' ? e.when : e.when.edtf));
    for (const form of [/^\d{4}$/, /^\d{4}-\d{2}$/, /^\d{4}-\d{2}-\d{2}$/, /~\//, /^\.\.\//, /\/\.\.$/])
      expect(edtf.some((d) => d && form.test(d))).toBe(true);
    const kinds = new Set(sheets.flatMap((s) => s.events ?? []).map((e) => e.kind));
    expect(kinds.size).toBeGreaterThan(15);
    const mentions = new Map<string, number>();
    for (const e of sheets.flatMap((s) => s.events ?? []))
      for (const p of e.participants ?? []) mentions.set(p.entity, (mentions.get(p.entity) ?? 0) + 1);
    const counts = [...mentions.values()].sort((a, b) => b - a);
    // Power law: the top entity is mentioned far more often than the median one.
    expect(counts[0] ?? 0).toBeGreaterThan(10 * (counts[Math.floor(counts.length / 2)] ?? 1));
  });
});
