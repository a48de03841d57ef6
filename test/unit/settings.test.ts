import * as assert from 'node:assert/strict';
import { defaultSettings, sanitizeSettings } from '../../src/core/settings';

describe('settings', () => {
  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(sanitizeSettings(() => undefined), defaultSettings);
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
});
