import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the built explorer lands (ignored by git; rebuilt by `npm install`, `npm start` and the tests). */
export const EXPLORER_DIST = join(here, 'dist');

export interface BuiltFile {
  file: string;
  bytes: number;
}

/**
 * Bundles the explorer (web/src) and the libraries it uses into web/dist with esbuild: one entry
 * module, the graph library split into a chunk loaded only when a graph is drawn, and one CSS file.
 * No file names carry hashes, so the same sources give the same output.
 */
export async function buildExplorer(): Promise<BuiltFile[]> {
  rmSync(EXPLORER_DIST, { recursive: true, force: true });
  mkdirSync(EXPLORER_DIST, { recursive: true });
  const result = await build({
    entryPoints: { explorer: join(here, 'src/main.ts') },
    outdir: EXPLORER_DIST,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'linked',
    chunkNames: 'chunk-[name]',
    metafile: true,
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'index.html'), join(EXPLORER_DIST, 'index.html'));
  const files = Object.keys(result.metafile.outputs).concat(join(EXPLORER_DIST, 'index.html'));
  const sizes = files.map((f) => ({ file: relative(EXPLORER_DIST, f), bytes: statSync(f).size }));
  writeFileSync(join(EXPLORER_DIST, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  return sizes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildExplorer();
  const total = sizes.reduce((n, s) => n + s.bytes, 0);
  console.log(`explorer built in web/dist: ${sizes.length} files, ${(total / 1024).toFixed(0)} KiB`);
}
