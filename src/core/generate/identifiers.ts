/**
 * Identifier making: catalog names become words, and words become valid,
 * unique identifiers in each language's naming style.
 *
 * Words are the neutral form so that one catalog name can be `DELIVERY_FAILURE`
 * in Python, `DeliveryFailure` in C# and `ClickatellStatusDeliveryFailure` in Go.
 */

/**
 * Splits a name or phrase into lower-case ASCII words. Accents are stripped
 * (`Réponse` gives `reponse`); other non-ASCII letters separate words because
 * not every target language accepts them in identifiers. Mixed-case tokens
 * are split at case changes (`deliveryFailure`), upper-case ones are not
 * (`ERROR_2FA` keeps `2fa` whole).
 */
export function splitWords(text: string): string[] {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words: string[] = [];
  for (const token of ascii.split(/[^A-Za-z0-9]+/)) {
    if (token === '') {
      continue;
    }
    const mixed = /[a-z]/.test(token) && /[A-Z]/.test(token);
    const parts = mixed ? token.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ').split(' ') : [token];
    for (const part of parts) {
      words.push(part.toLowerCase());
    }
  }
  return words;
}

/** Words that carry no meaning at the start of a name derived from a description. */
const LEADING_FILLERS = new Set(['the', 'a', 'an']);
const MAX_DERIVED_WORDS = 5;

/**
 * Words for an entry: its name; without one, the start of its description
 * (`Message not found` gives `message not found`); without either, `code 7307`.
 * A name that starts with a digit gets `code` in front, since no language
 * lets an identifier start with one.
 */
export function entryWords(entry: { readonly code: number; readonly name?: string; readonly description: string }): string[] {
  let words = entry.name ? splitWords(entry.name) : [];
  if (words.length === 0) {
    // The first clause only: "Invalid parameter: (name)" should not name the code after its placeholder.
    const clause = entry.description.split(/[.:;,(\[]/)[0] ?? '';
    words = splitWords(clause);
    while (words.length > 0 && LEADING_FILLERS.has(words[0] ?? '')) {
      words.shift();
    }
    words = words.slice(0, MAX_DERIVED_WORDS);
  }
  if (words.length === 0) {
    words = ['code', codeWord(entry.code)];
  }
  if (/^[0-9]/.test(words[0] ?? '')) {
    words.unshift('code');
  }
  return words;
}

/** A code as an identifier word; negative codes read `m5` because `-` is no identifier character. */
export function codeWord(code: number): string {
  return code < 0 ? `m${-code}` : String(code);
}

export type Casing = (words: readonly string[]) => string;

export const upperSnake: Casing = (words) => words.join('_').toUpperCase();
export const snake: Casing = (words) => words.join('_').toLowerCase();
export const pascal: Casing = (words) => words.map(capitalize).join('');
export const camel: Casing = (words) => words.map((word, i) => (i === 0 ? word.toLowerCase() : capitalize(word))).join('');

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** How a language names enum members: the casing and the names it must avoid. */
export interface MemberNaming {
  readonly casing: Casing;
  /** Words the language reserves, compared as the language compares identifiers. */
  readonly reserved: ReadonlySet<string>;
  /** PHP compares keywords without regard to case; the others are case-sensitive. */
  readonly caseInsensitive?: boolean;
}

/**
 * One identifier per member, in order, unique even when compared without
 * case (so that the names also stay distinct in file systems and in PHP).
 * Duplicate names and keywords get the member's code appended
 * (`DELIVERY_FAILURE_23`, `Self7`); a name that still clashes gets a counter.
 */
export function uniqueNames(members: readonly { readonly words: readonly string[]; readonly first: number }[], naming: MemberNaming): string[] {
  const { casing } = naming;
  const isReserved = (name: string): boolean => naming.reserved.has(naming.caseInsensitive ? name.toLowerCase() : name);
  const plain = members.map((member) => casing(member.words));
  const counts = new Map<string, number>();
  for (const name of plain) {
    counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  }
  const taken = new Set<string>();
  return members.map((member, i) => {
    const plainName = plain[i] ?? casing(member.words);
    const candidates = function* (): Generator<string> {
      if ((counts.get(plainName.toLowerCase()) ?? 0) === 1) {
        yield plainName;
      }
      yield casing([...member.words, codeWord(member.first)]);
      for (let n = 2; ; n++) {
        yield casing([...member.words, codeWord(member.first), String(n)]);
      }
    };
    for (const candidate of candidates()) {
      if (!taken.has(candidate.toLowerCase()) && !isReserved(candidate)) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
    return plainName;
  });
}
