import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings, sanitizeSettings } from '../../src/core/settings';
import { repoRoot } from './paths';

describe('settings', () => {
  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(sanitizeSettings(() => undefined), defaultSettings);
  });

  it('reads every setting package.json contributes, with the same defaults, and no other', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    const contributed = manifest.contributes.configuration.properties;
    const asked = new Set<string>();
    const fromManifest = sanitizeSettings((key) => {
      asked.add(`statusCodeLens.${key}`);
      return contributed[`statusCodeLens.${key}`]?.default;
    });
    assert.deepEqual(fromManifest, defaultSettings);
    assert.deepEqual([...asked].sort(), Object.keys(contributed).sort());
  });

  it('replaces values of the wrong type by the defaults and clamps numbers', () => {
    const raw: Record<string, unknown> = {
      'hover.enabled': 'yes',
      'codeLens.maxPerDocument': -5,
      'codeLens.minConfidence': 7,
      catalogs: ['a.json', 3, '', ' b.json '],
      preferCatalogs: { 'src/**': 'http', bad: [1], '': ['x'] },
    };
    const settings = sanitizeSettings((key) => raw[key]);
    assert.equal(settings.hoverEnabled, true);
    assert.equal(settings.codeLensMaxPerDocument, 0);
    assert.equal(settings.codeLensMinConfidence, 1);
    assert.deepEqual(settings.catalogs, ['a.json', 'b.json']);
    assert.deepEqual(settings.preferCatalogs, { 'src/**': ['http'] });
  });

  it('keeps a glob written "__proto__" as a key of its own, not as the prototype', () => {
    const raw: Record<string, unknown> = { preferCatalogs: JSON.parse('{"__proto__": ["http"], "constructor": ["acme"]}') };
    const settings = sanitizeSettings((key) => raw[key]);
    assert.deepEqual(Object.keys(settings.preferCatalogs).sort(), ['__proto__', 'constructor']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(settings.preferCatalogs, '__proto__')?.value, ['http']);
    assert.equal(Object.getPrototypeOf(settings.preferCatalogs), Object.prototype);
  });
});
