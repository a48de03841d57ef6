import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCatalog } from '../../../src/core/catalog/parse';
import { repoRoot } from '../paths';

describe('the README', () => {
  it('shows a minimal user catalog that passes validation', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Your own catalogs'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(example, 'the section has a JSON example');
    const { catalog, problems } = parseCatalog(example, { file: 'README example' });
    assert.deepEqual(problems, []);
    assert.ok((catalog?.entries.length ?? 0) > 0);
  });
});
