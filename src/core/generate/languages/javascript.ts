import type { LanguageGenerator } from '../language';
import { ecmaCases, ecmaHandler } from './ecmascript';
import { GENERATED_LANGUAGES } from '../languageIds';

/** JavaScript: a frozen object of codes and a `switch` whose `default` throws with the code. */
export const javascript: LanguageGenerator = {
  id: 'javascript',
  label: 'JavaScript',
  languageIds: GENERATED_LANGUAGES.javascript,
  indent: '  ',
  extension: 'js',
  handler: (model) => ecmaHandler(model, false),
  cases: ecmaCases,
};
