import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { Unzip, UnzipInflate } from 'fflate';

/** Limits that keep a hostile input (a zip bomb, a file without line ends) from stalling the process. */
export interface ReadLimits {
  /** Bytes of data per file, after decompression. */
  maxBytes: number;
  /** Characters in one record (a row). */
  maxRecordChars: number;
}
export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 1024 ** 3, maxRecordChars: 1_000_000 };

export class ReadError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export interface RawRecord {
  /** 1-based line of the record's last line in the (decompressed) file. */
  line: number;
  fields: string[];
}

const DATA_FILE = /\.(csv|tsv|txt)$/i;
/** Deflate inflates at most ~1,032:1, so a 16 KiB read yields at most ~16 MiB before the pause lands. */
const READ_CHUNK = 16 * 1024;

/**
 * The file's bytes as a stream: plain files as they are, .zip files through fflate's streaming
 * unzip (one data file per archive, as GDELT ships them), counting bytes against the limit so a
 * zip bomb fails fast instead of filling memory.
 */
function dataStream(path: string, limits: ReadLimits): Readable {
  const out = new PassThrough();
  const source = createReadStream(path, { highWaterMark: READ_CHUNK });
  let bytes = 0;
  const fail = (message: string) => {
    source.destroy();
    out.destroy(new ReadError(message));
  };
  const forward = (chunk: Uint8Array) => {
    bytes += chunk.length;
    if (bytes > limits.maxBytes)
      return fail(`more than ${limits.maxBytes} bytes of data (the limit; raise it with --max-bytes)`);
    if (!out.write(chunk)) source.pause();
  };
  out.on('drain', () => source.resume());
  source.on('error', (err) => out.destroy(new ReadError(err.message)));
  if (!/\.zip$/i.test(path)) {
    source.on('data', (c) => forward(c as Buffer));
    source.on('end', () => out.end());
    return out;
  }
  let dataFiles = 0;
  const unzip = new Unzip((file) => {
    const isData = DATA_FILE.test(file.name) && !file.name.endsWith('/');
    if (isData && ++dataFiles > 1)
      return fail('the zip holds more than one data file (.csv, .tsv, .txt); give one per zip');
    file.ondata = (err, chunk, final) => {
      if (err) return fail(`unreadable zip entry ${file.name}: ${err.message}`);
      if (isData) forward(chunk);
      else bytes += chunk.length; // skipped entries count against the limit too
      if (isData && final) out.end();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  source.on('data', (c) => {
    try {
      unzip.push(c as Buffer);
    } catch (err) {
      fail(`not a readable zip: ${(err as Error).message}`);
    }
  });
  source.on('end', () => {
    try {
      unzip.push(new Uint8Array(0), true);
    } catch (err) {
      return fail(`not a readable zip: ${(err as Error).message}`);
    }
    if (!dataFiles) fail('the zip holds no data file (.csv, .tsv, .txt)');
  });
  return out;
}

/** Tab-separated (GDELT's own files) or comma-separated (exports with a header): the first line decides. */
async function sniffDelimiter(path: string, limits: ReadLimits): Promise<'\t' | ','> {
  const stream = dataStream(path, limits);
  let head = '';
  try {
    for await (const chunk of stream) {
      head += (chunk as Buffer).toString('utf8');
      if (head.includes('\n') || head.length > limits.maxRecordChars) break;
    }
  } finally {
    stream.destroy();
  }
  const firstLine = head.split('\n', 1)[0] ?? '';
  return firstLine.includes('\t') || !firstLine.includes(',') ? '\t' : ',';
}

/**
 * The records of a GDELT file, in chunks, with their line numbers. Tab-separated files have no
 * quoting (a URL may hold a quote character); comma-separated ones use CSV quoting.
 */
export async function* readRecords(
  path: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  chunk = 1_000,
): AsyncGenerator<RawRecord[]> {
  try {
    if (!statSync(path).isFile()) throw new ReadError('not a file');
  } catch (err) {
    throw err instanceof ReadError ? err : new ReadError('no such file');
  }
  const delimiter = await sniffDelimiter(path, limits);
  const parser = parse({
    delimiter,
    quote: delimiter === ',' ? '"' : false,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
    info: true,
    max_record_size: limits.maxRecordChars,
  });
  const stream = dataStream(path, limits);
  stream.on('error', (err) => parser.destroy(err));
  stream.pipe(parser);
  let batch: RawRecord[] = [];
  try {
    for await (const r of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      batch.push({ line: r.info.lines, fields: r.record });
      if (batch.length >= chunk) {
        yield batch;
        batch = [];
      }
    }
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const e = err as Error & { lines?: number };
    throw new ReadError(e.message.replace(/^Invalid Record Length: /, ''), e.lines);
  } finally {
    stream.destroy();
    parser.destroy();
  }
  if (batch.length) yield batch;
}

/** A name for messages: the file's base name. */
export const fileLabel = (path: string) => basename(path);
