import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the extension ships and loads: the Node bundle (dist/extension.js and
 * the files it loads on first use), the web bundle and the catalog folder (the .vsix holds
 * nothing else that runs). Minified catalog size is what the JSON would take
 * without indentation; gzip approximates the download.
 */

export interface BundleSizes {
  /** dist/extension.js alone: what activation reads and compiles. */
  readonly mainBytes: number;
  /** Every file of dist/, by name. */
  readonly files: readonly string[];
  readonly bundleBytes: number;
  readonly bundleGzipBytes: number;
  readonly catalogFiles: number;
  readonly catalogBytes: number;
  readonly catalogMinifiedBytes: number;
  readonly catalogGzipBytes: number;
  /** dist/extension-web.js, the one file the web worker extension host loads (lazy modules included), minified. */
  readonly webBytes: number;
  readonly webGzipBytes: number;
}

/** The web bundle is measured on its own: the Node extension host never loads it. */
export const WEB_BUNDLE = 'extension-web.js';

export function measureBundle(repoRoot: string): BundleSizes {
  const dist = path.join(repoRoot, 'dist');
  const bundleFiles = readdirSync(dist).filter((name) => name.endsWith('.js') && name !== WEB_BUNDLE);
  const web = readFileSync(path.join(dist, WEB_BUNDLE));
  const bundles = bundleFiles.map((name) => readFileSync(path.join(dist, name)));
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
    mainBytes: readFileSync(path.join(dist, 'extension.js')).length,
    files: bundleFiles,
    bundleBytes: bundles.reduce((sum, bytes) => sum + bytes.length, 0),
    bundleGzipBytes: bundles.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
    catalogFiles: files.length,
    catalogBytes,
    catalogMinifiedBytes,
    // Each file is compressed on its own in a .vsix (a zip), so each is gzipped on its own here.
    catalogGzipBytes: parts.reduce((sum, part) => sum + gzipSync(part, { level: 9 }).length, 0),
    webBytes: web.length,
    webGzipBytes: gzipSync(web, { level: 9 }).length,
  };
}
