import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the extension ships and loads: the bundle and the catalog folder (the
 * .vsix holds nothing else that runs). Minified catalog size is what the
 * JSON would take without indentation; gzip approximates the download.
 */

export interface BundleSizes {
  readonly bundleBytes: number;
  readonly bundleGzipBytes: number;
  readonly catalogFiles: number;
  readonly catalogBytes: number;
  readonly catalogMinifiedBytes: number;
  readonly catalogGzipBytes: number;
}

export function measureBundle(repoRoot: string): BundleSizes {
  const bundle = readFileSync(path.join(repoRoot, 'dist', 'extension.js'));
  const catalogsDir = path.join(repoRoot, 'catalogs');
  let catalogBytes = 0;
  let catalogMinifiedBytes = 0;
  const parts: Buffer[] = [];
  const files = readdirSync(catalogsDir).filter((name) => statSync(path.join(catalogsDir, name)).isFile());
  for (const name of files) {
    const bytes = readFileSync(path.join(catalogsDir, name));
    parts.push(bytes);
    catalogBytes += bytes.length;
    catalogMinifiedBytes += name.endsWith('.json') ? Buffer.byteLength(JSON.stringify(JSON.parse(bytes.toString('utf8')))) : bytes.length;
  }
  return {
    bundleBytes: bundle.length,
    bundleGzipBytes: gzipSync(bundle, { level: 9 }).length,
    catalogFiles: files.length,
    catalogBytes,
    catalogMinifiedBytes,
    // Each file is compressed on its own in a .vsix (a zip), so each is gzipped on its own here.
    catalogGzipBytes: parts.reduce((sum, part) => sum + gzipSync(part, { level: 9 }).length, 0),
  };
}
