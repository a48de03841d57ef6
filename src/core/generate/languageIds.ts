/**
 * The VS Code languages the handler generator writes, by generator id. Kept
 * apart from the generators so that the editor can register its completion
 * provider and turn away other documents without loading them.
 */
export const GENERATED_LANGUAGES = {
  typescript: ['typescript', 'typescriptreact'],
  javascript: ['javascript', 'javascriptreact'],
  python: ['python'],
  go: ['go'],
  java: ['java'],
  csharp: ['csharp'],
  rust: ['rust'],
  kotlin: ['kotlin'],
  php: ['php'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Every language id some generator writes. */
export const generatedLanguageIds: readonly string[] = Object.values(GENERATED_LANGUAGES).flat();

/** Whether some generator writes `languageId`. */
export function isGeneratedLanguage(languageId: string): boolean {
  return generatedLanguageIds.includes(languageId);
}
