import type { LanguageGenerator } from '../language';
import { ecmaCases, ecmaHandler } from './ecmascript';
import { GENERATED_LANGUAGES } from '../languageIds';

/** TypeScript: a `const` object with `as const`, its value union as the type, and a `never` check. */
export const typescript: LanguageGenerator = {
  id: 'typescript',
  label: 'TypeScript',
  languageIds: GENERATED_LANGUAGES.typescript,
  indent: '  ',
  extension: 'ts',
  handler: (model) => ecmaHandler(model, true),
  cases: ecmaCases,
};
