import * as assert from 'node:assert/strict';
import { generatorFor, generators } from '../../../src/core/generate/index';
import { GENERATED_LANGUAGES, generatedLanguageIds, isGeneratedLanguage } from '../../../src/core/generate/languageIds';

describe('the languages the generators write, known without loading them', () => {
  it('lists exactly the generators there are, with each one’s language ids', () => {
    assert.deepEqual(
      Object.fromEntries(generators.map((generator) => [generator.id, [...generator.languageIds]])),
      Object.fromEntries(Object.entries(GENERATED_LANGUAGES).map(([id, languageIds]) => [id, [...languageIds]])),
    );
  });

  it('answers for a language id as the generators do', () => {
    for (const languageId of [...generatedLanguageIds, 'typescriptreact', 'ruby', 'plaintext', 'log', '']) {
      assert.equal(isGeneratedLanguage(languageId), generatorFor(languageId) !== undefined, languageId);
    }
  });
});
