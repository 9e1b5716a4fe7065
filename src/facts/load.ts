import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { jsonPath, type Problem } from './problems';
import { type FactSheet, factSheet } from './sheet';

/** A sheet larger than this is refused before it is read (a real article's sheet is a few kB). */
export const MAX_SHEET_BYTES = 5 * 1024 * 1024;

export interface LoadedSheet {
  file: string;
  sheet: FactSheet;
  /** The article text when the sheet gives it (inline or as textFile). */
  text?: string;
}

/**
 * Parses a sheet's source (YAML or JSON) and checks it against the zod schema. JSON goes through
 * JSON.parse, many times faster than a YAML parser; only when that fails does the YAML parser (JSON
 * is YAML) read it again, for its line and column in the error.
 */
export function parseSheet(
  source: string,
  file: string,
  baseDir?: string,
  json = false,
): LoadedSheet | Problem[] {
  if (json) {
    try {
      return checkSheet(JSON.parse(source), file, baseDir);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
    }
  }
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    return doc.errors.map((e) => ({
      file,
      path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '',
      message: e.message.split('\n')[0] ?? e.message,
    }));
  }
  return checkSheet(doc.toJS(), file, baseDir);
}

/** Checks an already-parsed value (e.g. the GraphQL mutation's JSON argument). */
export function checkSheet(value: unknown, file: string, baseDir?: string): LoadedSheet | Problem[] {
  const parsed = factSheet.safeParse(value);
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({ file, path: jsonPath(i.path), message: i.message }));
  const sheet = parsed.data;
  if (sheet.article.text && sheet.article.textFile) {
    return [
      {
        file,
        path: 'article',
        message: 'give the article text inline (text) or as a file (textFile), not both',
      },
    ];
  }
  if (!sheet.article.textFile) return { file, sheet, text: sheet.article.text };
  if (!baseDir)
    return [
      {
        file,
        path: 'article.textFile',
        message: 'textFile is only allowed in sheets loaded from files; give text inline',
      },
    ];
  const textPath = resolve(baseDir, sheet.article.textFile);
  try {
    return { file, sheet, text: readFileSync(textPath, 'utf8') };
  } catch {
    return [{ file, path: 'article.textFile', message: `cannot read the article text at ${textPath}` }];
  }
}

export function loadSheetFile(file: string): LoadedSheet | Problem[] {
  const ext = extname(file).toLowerCase();
  if (!['.yaml', '.yml', '.json'].includes(ext))
    return [{ file, path: '', message: 'a fact sheet is a .yaml, .yml or .json file' }];
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return [{ file, path: '', message: 'no such file' }];
  }
  if (size > MAX_SHEET_BYTES) {
    return [
      {
        file,
        path: '',
        message: `the file is ${(size / 1048576).toFixed(1)} MB; a fact sheet may be at most ${MAX_SHEET_BYTES / 1048576} MB (split it by article)`,
      },
    ];
  }
  return parseSheet(readFileSync(file, 'utf8'), file, dirname(file), ext === '.json');
}
