import { SeedParseError } from './cellText';

/**
 * Splits a row whose code and text cells were run together, like
 * `131001Message length exceeds 4096 characters`: the code is the leading
 * digits and the text starts at the first non-digit. When the text itself
 * starts with a digit the boundary cannot be known, so that throws instead of
 * guessing.
 */
export function splitRunTogether(line: string): { readonly code: number; readonly text: string } {
  const match = /^(\d+)(\D.*)$/.exec(line.trim());
  if (!match) {
    throw new SeedParseError(`Cannot split code from text: ${line}`);
  }
  // The text must follow the digits directly with a letter. In "51001 retries"
  // the text may be "1001 retries" after code 5 or "retries" after code 51001,
  // and either split would be a guess.
  const text = match[2] ?? '';
  if (!/^[A-Za-z]/.test(text)) {
    throw new SeedParseError(`Text after the code does not start with a letter, the split is ambiguous: ${line}`);
  }
  return { code: Number(match[1]), text: text.trim() };
}
