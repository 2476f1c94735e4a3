// Check 23: a bundle that imports one handle carries that constant only — not the other constants' names
// or defaults, not `Context`, not the validation — under a byte ceiling (measured 2205 B minified,
// 1039 B gzipped from src, the same from dist; ceilings have ~20% headroom).
import { join } from 'node:path';
import { bundle } from '@asyncutils/tooling/bundle';
import { describe, expect, it } from 'vitest';
import { builtPath, packageDir } from './support/harness.js';

const ceiling = { bytes: 2650, gzipBytes: 1250 };

/** Names and default values (as esbuild prints them minified) of constants other than the imported one. */
const absent = [
  'CIRCUIT_BREAKER_DEFAULT_RESET',
  'LEAKY_BUCKET_ADJMAP',
  'SOCKET_TRANSPORT_LIMITS',
  'EVENT_WITH_VALUE_DEFAULT_RECENT', // same family module as the imported handle
  'RETRY_DEFAULT_TRIES',
  'WAIT_FOR_SIGNAL_DEFAULT_SIGNALS',
  'blake2b', // MEMORY_MAPPED_IO_MANAGER_DEFAULT_CHECKSUM_ALG
  'password', // PASSWORD_QUEUE_DEFAULT_*_FROM
  '36e5', // CONNECTION_POOL_DEFAULT_MAX_LIFE, 3_600_000
  '8192', // SOCKET_TRANSPORT_LIMITS
  '.85', // LEAKY_BUCKET_ADJMAP
  'duration', // kinds of other constants, and the validation messages
  'unknown contextual constant',
  'Context.fromDct',
  'cannot subclass',
];

async function bundleOne(from: string): Promise<{ text: string; bytes: number; gzipBytes: number }> {
  return bundle({
    contents: `import { EVENT_WITH_VALUE_DEFAULT_MAX_HIST as H } from ${JSON.stringify(from)};\nconsole.log(H.get());`,
    resolveDir: packageDir,
    minify: true,
  });
}

describe('tree-shaking', () => {
  it('check 23: importing one handle from src bundles that constant only, under the byte ceiling', async () => {
    const { text, bytes, gzipBytes } = await bundleOne(join(packageDir, 'src/index.ts'));
    expect(text).toContain('EVENT_WITH_VALUE_DEFAULT_MAX_HIST');
    expect(text).toContain('128');
    for (const word of absent) expect(text, word).not.toContain(word);
    expect(bytes).toBeLessThanOrEqual(ceiling.bytes);
    expect(gzipBytes).toBeLessThanOrEqual(ceiling.gzipBytes);
  });

  it('check 23: the same holds for the built ESM entry (one flat file: the classes must be side-effect free)', async () => {
    const { text, bytes, gzipBytes } = await bundleOne(builtPath('index.js'));
    expect(text).toContain('EVENT_WITH_VALUE_DEFAULT_MAX_HIST');
    for (const word of absent) expect(text, word).not.toContain(word);
    expect(bytes).toBeLessThanOrEqual(ceiling.bytes);
    expect(gzipBytes).toBeLessThanOrEqual(ceiling.gzipBytes);
  });

  it('the bundled handle works on its own: it reads its default', async () => {
    const { text } = await bundleOne(join(packageDir, 'src/index.ts'));
    const logged: unknown[] = [];
    new Function('console', text)({ log: (value: unknown) => logged.push(value) });
    expect(logged).toEqual([128]);
  });
});
