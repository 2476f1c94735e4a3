/** What to bundle: inline TypeScript `contents` resolved from `resolveDir`, or one `entry` file. */
export interface BundleOptions {
  readonly contents?: string;
  readonly entry?: string;
  /** Where imports in `contents` resolve from (usually the package directory). */
  readonly resolveDir?: string;
  /** Default `'esm'`. */
  readonly format?: 'esm' | 'cjs' | 'iife';
  /** Default `'browser'`. */
  readonly platform?: 'browser' | 'node' | 'neutral';
  /** Default `true`. */
  readonly minify?: boolean;
  /** With `format: 'iife'`, the global that receives the exports. */
  readonly globalName?: string;
}

/** The bundled code, its size in bytes (raw and gzipped) and the input files esbuild read. */
export interface BundleResult {
  readonly text: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly inputs: readonly string[];
}

/** Bundles with esbuild in memory (target es2022, nothing written). */
export function bundle(options: BundleOptions): Promise<BundleResult>;
