// The web sources are type-checked without Node's types (tsconfig.web.json),
// but the bundles are CommonJS in both hosts, and the modules loaded on first
// use are reached through `require` (esbuild resolves each call at build time).
declare function require(id: string): unknown;
