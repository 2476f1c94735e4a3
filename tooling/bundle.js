// `@asyncutils/tooling/bundle`: esbuild for tests — tree-shaking, size budgets and realm isolation.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** @param {import('./bundle.d.ts').BundleOptions} options */
export async function bundle(options) {
  const { contents, entry, resolveDir, format = 'esm', platform = 'browser', minify = true, globalName } = options;
  if ((contents === undefined) === (entry === undefined)) throw new TypeError('bundle: pass exactly one of contents or entry');
  const result = await build({
    ...(contents !== undefined ? { stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'bundle-input.ts' } } : { entryPoints: [entry] }),
    bundle: true,
    format,
    platform,
    globalName,
    minify,
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('bundle: esbuild produced no output');
  return { text: file.text, bytes: file.contents.length, gzipBytes: gzipSync(file.contents).length, inputs: Object.keys(result.metafile.inputs) };
}
