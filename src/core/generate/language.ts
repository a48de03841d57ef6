import type { HandlerModel } from './model';
import type { CodeWriter } from './template';

/** What one language module provides; `index.ts` picks the module for a VS Code language id. */
export interface LanguageGenerator {
  /** Stable id, also the name of the golden file. */
  readonly id: string;
  /** Human name for pickers. */
  readonly label: string;
  /** VS Code language ids this module writes code for. */
  readonly languageIds: readonly string[];
  /** The language's customary indentation unit for plain output. */
  readonly indent: string;
  /** File extension of a standalone file, without the dot. */
  readonly extension: string;
  /** The type declaration, the code lookup and the exhaustive handler. */
  handler(model: HandlerModel): CodeWriter;
  /** Branches only, over raw numeric codes, to fill a `switch`/`match`/`when` the user already wrote. */
  cases(model: HandlerModel, options: CaseOptions): CodeWriter;
}

export interface CaseOptions {
  /** The switch subject as written, e.g. `statusCode`; used in the fallback's message when it is a plain name. */
  readonly subject?: string;
  /** Add the fallback branch (`default`, `case _`, `else`) that throws with the unhandled code. */
  readonly includeDefault: boolean;
  /** Codes the switch already handles: left out of the branches, including codes inside ranges. */
  readonly handled?: ReadonlySet<number>;
  /** PHP and C#: the block is a `match` or switch expression, so arms are `code => expression,`. */
  readonly expressionArms?: boolean;
  /** Java: the switch uses `case 1:` labels with `break`, not `case 1 ->` arrows. */
  readonly colonLabels?: boolean;
  /**
   * The block's branches leave it (they return, throw or panic) or the block
   * is a value (`return switch`, a Rust `match` ending a function): each new
   * branch then holds the language's "not handled yet" statement (a throw,
   * `panic`, `todo!()`, `TODO()`) instead of doing nothing, so the function
   * still compiles and a code nobody handled yet fails loudly. See
   * switch/branchExits.ts.
   */
  readonly leave?: boolean;
  /** Labels to write for codes instead of their literals: a library's constants (`codes.Unavailable`), see libraryLabels.ts. */
  readonly labels?: ReadonlyMap<number, string>;
}
