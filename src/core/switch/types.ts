/**
 * The shapes switch parsing hands out: a multi-way branch over a value
 * (`switch`, `match`, `when`, Ruby's `case`), its labels, and the options
 * of the finder. Recognition, rendering, generation and completion read them.
 */

/** The keyword that opens the block. */
export type SwitchKeyword = 'switch' | 'match' | 'when' | 'case';

/**
 * How cases are written in the block, which is also how new ones must be written.
 * - `case-colon`: `case 23:` (C, C++, Java, JavaScript, TypeScript, C#, Go, Swift, Dart, PHP `switch`)
 * - `case-arrow`: `case 23 ->` (Java switch rules)
 * - `case-fat-arrow`: `case 23 =>` (Scala)
 * - `python`: `case 23:` in an indented block, default `case _:`
 * - `fat-arrow`: `23 =>` (Rust and PHP `match`)
 * - `thin-arrow`: `23 ->` (Kotlin `when`)
 * - `ruby`: `when 23` … `else` … `end`
 */
export type CaseSyntax = 'case-colon' | 'case-arrow' | 'case-fat-arrow' | 'python' | 'fat-arrow' | 'thin-arrow' | 'ruby';

/** One case label (or one arm) of a block. */
export interface SwitchCase {
  /** 0-based line of the label. */
  readonly line: number;
  /** Offset in the text where the label starts (after indentation). */
  readonly offset: number;
  /** Numeric patterns of the label, e.g. `[23, 25]` for `case 23, 25:`. */
  readonly codes: readonly number[];
  /** Range patterns, inclusive: `[200, 299]` for Kotlin's `in 200..299`, Rust's `200..=299`, Swift's `200..<300`, Ruby's `200..299`. */
  readonly ranges: readonly (readonly [number, number])[];
  /** Symbolic patterns, last segment only: `DELIVERY_FAILURE` for `case Status.DELIVERY_FAILURE:` or `case 'DELIVERY_FAILURE':`. */
  readonly names: readonly string[];
  /** `default:`, `case _:`, `_ =>`, `else ->`, `else`. */
  readonly isDefault: boolean;
}

export interface SwitchBlock {
  readonly keyword: SwitchKeyword;
  /** How the existing cases are written, or the language's usual form when there are none yet. */
  readonly syntax: CaseSyntax;
  /** The subject expression as written, e.g. `message.status` or `int(data["status"])`. */
  readonly subject: string;
  /** The key the subject reads, e.g. `status` for `message.status`; undefined when the subject has no identifier. */
  readonly key?: string;
  /** The key's object when there is one, e.g. `message` for `message.status`, `error` for `error.code`. */
  readonly parentKey?: string;
  /** 0-based line and offset of the keyword. */
  readonly headerLine: number;
  readonly headerOffset: number;
  /** Offset just after the `{` or the `:`, and the line where the body's first case would go. */
  readonly bodyOffset: number;
  readonly bodyLine: number;
  /**
   * Offset of the closing `}` (brace blocks), of the `end` line (Ruby), or of
   * the end of the last body line (Python). The text's length when the block is
   * not closed yet.
   */
  readonly endOffset: number;
  /** Line of `endOffset`. */
  readonly endLine: number;
  /** Whether the block's end was found (an unfinished block is still being typed). */
  readonly closed: boolean;
  /** Leading whitespace of the header line. */
  readonly headerIndent: string;
  /** Leading whitespace of the case labels: the existing ones', or the language's usual one. */
  readonly caseIndent: string;
  /** One indentation step as the file uses it (a tab or some spaces), for case bodies. */
  readonly indentUnit: string;
  /** Labels in order, the default one included. */
  readonly cases: readonly SwitchCase[];
  /** Every numeric pattern of every label, without repeats, in order of appearance. */
  readonly handledCodes: readonly number[];
  /** Every range its labels name, inclusive, in order of appearance. */
  readonly handledRanges: readonly (readonly [number, number])[];
  /** Every symbolic pattern of every label, without repeats. */
  readonly handledNames: readonly string[];
  /** The default label, when there is one. */
  readonly defaultCase?: SwitchCase;
  /**
   * Where new cases go: the offset of the start of the line of the default
   * label when there is one (new cases go before it), else of the line that
   * closes the block (`}` or `end`), else the end of the block.
   */
  readonly insertOffset: number;
  readonly insertLine: number;
  /**
   * Whether `insertOffset` is at the start of a line. It is not when a
   * Python block ends the text without a final newline: the inserted text
   * must then begin with one.
   */
  readonly insertAtLineStart: boolean;
}

export interface FindSwitchOptions {
  /** VS Code language id; picks the usual case syntax and indentation for empty blocks. */
  readonly languageId?: string;
  /** Offsets outside which headers are not looked for (the body may extend past `to`). */
  readonly from?: number;
  readonly to?: number;
  /** The most characters a block's body is followed for; longer blocks are reported unclosed. */
  readonly maxBlockLength?: number;
  /** False reads every block's braces on its own, as a reference for tests; by default nested blocks share one reading. */
  readonly shareBraces?: boolean;
}
