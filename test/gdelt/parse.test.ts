import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { actorKind, actorRoles } from '../../src/gdelt/actors';
import { detectLayout, LAYOUTS, type Layout } from '../../src/gdelt/columns';
import { checkFiles } from '../../src/gdelt/import';
import { columnIndex, parseEvent, parseMention } from '../../src/gdelt/parse';
import { type RawRecord, readRecords } from '../../src/gdelt/read';

const FIX = join(import.meta.dirname, '../fixtures/gdelt');
const tmp = mkdtempSync(join(tmpdir(), 'gdelt-parse-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function records(path: string, limits?: Parameters<typeof readRecords>[1]): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const chunk of readRecords(path, limits)) out.push(...chunk);
  return out;
}
const layout = (fields: string[]) => detectLayout(fields) as Layout;

describe('GDELT layouts', () => {
  it('recognises each headerless layout by its column count, and header rows by name', () => {
    expect(LAYOUTS.map((l) => [l.columns.length, l.kind])).toEqual([
      [61, 'events'],
      [58, 'events'],
      [57, 'events'],
      [16, 'mentions'],
    ]);
    expect(layout(['globaleventid', 'eventtimedate', 'mentionidentifier']).kind).toBe('mentions');
    expect(layout(['GLOBALEVENTID', 'SQLDATE', 'EventCode']).header).toBe(true);
    expect(detectLayout(['a', 'b', 'c'])).toMatch(/^3 columns; expected 61/);
  });
});

describe('GDELT rows', () => {
  it('parses a 2.0 export row: CAMEO code and root, counts, tone, day, actors and the action place', async () => {
    const [first] = await records(join(FIX, '20250807220000.export.CSV'));
    const r = first as RawRecord;
    const parsed = parseEvent(r, columnIndex(layout(r.fields)));
    expect(parsed.problems).toBeUndefined();
    expect(parsed.row).toMatchObject({
      line: 1,
      id: '9900000001',
      day: '2025-08-05',
      code: '042',
      root: '04',
      quadClass: 1,
      goldstein: 1,
      numMentions: 4,
      avgTone: -1.5,
      added: '20250807220000',
      actor1: { code: 'TUR', name: 'TURKEY', country: 'TUR', types: [] },
      actor2: { code: 'SYRGOV', types: ['GOV'] },
      place: { type: 1, fullName: 'Syria', country: 'SY', lat: 35, long: 38 },
    });
  });

  it('reads the 1.0 daily layout (YYYYMMDD DATEADDED) and the comma-separated variant with a header', async () => {
    const [one] = await records(join(FIX, '20150801.export.txt'));
    const v1 = parseEvent(one as RawRecord, columnIndex(layout((one as RawRecord).fields)));
    expect(v1.row).toMatchObject({ id: '9900000010', added: '20150801000000', code: '173', root: '17' });
    const [head, row] = await records(join(FIX, 'events-with-header.csv'));
    const l = layout((head as RawRecord).fields);
    expect(l).toMatchObject({ kind: 'events', header: true });
    expect(parseEvent(row as RawRecord, columnIndex(l)).row).toMatchObject({
      id: '9900000020',
      code: '040',
      line: 2,
    });
  });

  it('parses mentions: sentence, offsets (-1 is none), confidence, translation', async () => {
    const rows = await records(join(FIX, '20250807220000.mentions.CSV'));
    const index = columnIndex(layout((rows[0] as RawRecord).fields));
    expect(parseMention(rows[1] as RawRecord, index).row).toMatchObject({
      eventId: '9900000001',
      sentence: 2,
      actor1Offset: null,
      actor2Offset: 40,
      actionOffset: 22,
      confidence: 60,
      translation: 'srclc:ara;eng:GT-ARA 1.0',
    });
  });

  it('names the line and column of every bad field', async () => {
    const { problems, total } = await checkFiles([join(FIX, 'bad')]);
    expect(total).toBe(3);
    expect(problems.map((p) => [p.line, p.column ?? null])).toEqual([
      [2, 'SQLDATE'],
      [3, 'EventCode'],
      [4, null],
    ]);
    expect(problems[2]?.message).toBe('expected 61 columns (GDELT 2.0 export), found 12');
  });

  it('infers entity kinds from CAMEO type codes, and roles from the root', () => {
    const a = { code: 'X', name: 'X', country: null, knownGroup: null, ethnic: null, religions: [] };
    expect(actorKind({ ...a, types: ['GOV'] })).toBe('GOVERNMENT');
    expect(actorKind({ ...a, types: ['MIL'] })).toBe('MILITARY_FORCE');
    expect(actorKind({ ...a, types: ['REB'] })).toBe('ARMED_GROUP');
    expect(actorKind({ ...a, code: 'TUR', country: 'TUR', types: [] })).toBe('COUNTRY');
    expect(actorKind({ ...a, code: 'MEA', types: [] })).toBe('PLACE');
    expect(actorRoles('19')).toEqual(['ACTOR', 'TARGET']);
    expect(actorRoles('01')).toEqual(['SPEAKER', 'RECIPIENT']);
  });

  it('never crashes on hostile rows: each problem names its line and a column of the layout', () => {
    const l = LAYOUTS[0] as Layout;
    const index = columnIndex(l);
    const field = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('', '-1', '1e309', 'NaN', '20250231', '0042'),
    );
    fc.assert(
      fc.property(fc.array(field, { minLength: 61, maxLength: 61 }), fc.nat(1_000_000), (fields, line) => {
        const parsed = parseEvent({ line, fields }, index);
        for (const p of parsed.problems ?? []) {
          expect(p.line).toBe(line);
          expect(l.columns).toContain(p.column);
          expect(p.message.startsWith(p.column as string)).toBe(true);
        }
        return parsed.row !== undefined || (parsed.problems?.length ?? 0) > 0;
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  it('never crashes on hostile files: any bytes give a layout or problems with line numbers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('x.CSV', 'x.zip'),
        async (bytes, name) => {
          const path = join(tmp, name);
          writeFileSync(path, bytes);
          const { scanned, problems } = await checkFiles([path]);
          for (const p of problems) expect(Number.isInteger(p.line)).toBe(true);
          expect(scanned).toHaveLength(1);
          expect(scanned[0]?.layout != null || problems.length > 0).toBe(true);
        },
      ),
      { numRuns: 150, seed: 14 },
    );
  });
});

describe('GDELT zips', () => {
  it('streams the data file out of a zip', async () => {
    const path = join(tmp, 'export.zip');
    writeFileSync(
      path,
      zipSync({ '20250807220000.export.CSV': readFileSync(join(FIX, '20250807220000.export.CSV')) }),
    );
    const rows = await records(path);
    expect(rows.map((r) => r.fields[0])).toEqual(['9900000001', '9900000002', '9900000003']);
  });

  it('stops a zip bomb at the byte limit instead of inflating it', async () => {
    const path = join(tmp, 'bomb.zip');
    writeFileSync(path, zipSync({ 'bomb.CSV': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }));
    await expect(records(path, { maxBytes: 1024 * 1024, maxRecordChars: 1_000_000 })).rejects.toThrow(
      /more than 1048576 bytes of data/,
    );
  });

  it('refuses a zip with two data files, and one with none', async () => {
    const two = join(tmp, 'two.zip');
    writeFileSync(
      two,
      zipSync({ 'a.CSV': new TextEncoder().encode('1\n'), 'b.CSV': new TextEncoder().encode('2\n') }),
    );
    await expect(records(two)).rejects.toThrow(/more than one data file/);
    const none = join(tmp, 'none.zip');
    writeFileSync(none, zipSync({ 'readme.md': new TextEncoder().encode('hello') }));
    await expect(records(none)).rejects.toThrow(/no data file/);
  });
});
