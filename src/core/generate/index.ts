import { codeFormatOf } from '../catalog/codeFormat';
import type { Catalog } from '../catalog/types';
import type { SwitchBlock } from '../switch/types';
import { branchesLeave } from '../switch/branchExits';
import { caseOptionsFor, handledCodes, placeInBlock } from './blockInsertion';
import { caseLayout } from './cases';
import type { CaseOptions, LanguageGenerator } from './language';
import { csharp } from './languages/csharp';
import { go } from './languages/go';
import { java } from './languages/java';
import { javascript } from './languages/javascript';
import { kotlin } from './languages/kotlin';
import { php } from './languages/php';
import { python } from './languages/python';
import { rust } from './languages/rust';
import { typescript } from './languages/typescript';
import { buildModel } from './model';

export type { CaseOptions, LanguageGenerator } from './language';
import { caseLabelsFor } from './libraryNames';
export { caseLabelsFor } from './libraryNames';
export { MAX_LISTED_RANGE } from './cases';

/** Every language the generator writes, in the order pickers show them. */
export const generators: readonly LanguageGenerator[] = [typescript, javascript, python, go, java, csharp, rust, kotlin, php];

/** The generator for a VS Code language id (`typescriptreact` uses TypeScript's), if there is one. */
export function generatorFor(languageId: string): LanguageGenerator | undefined {
  return generators.find((generator) => generator.languageIds.includes(languageId));
}

/**
 * Why no handler or branches are written for `catalog`, or undefined when
 * they are. Dotted codes (SMTP's `5.1.1`) are not switched over one by one:
 * their registry lists `X.1.1` for every class, a `case "X.1.1":` would match
 * nothing a server sends, and code reads the class and subject instead.
 */
export function generationProblem(catalog: Catalog): string | undefined {
  if (codeFormatOf(catalog) === 'dotted') {
    return `${catalog.title} are dotted codes read by class and subject (5.1.1: class 5, subject 1), not switched over one by one, so no handler or cases are written for them.`;
  }
  return undefined;
}

/** Generated code in both forms: a snippet for the editor and plain code for files and tests. */
export interface GeneratedCode {
  readonly snippet: string;
  readonly plain: string;
}

export interface HandlerOptions {
  /** A type name to use instead of the one derived from the catalog's provider, channel and kind. */
  readonly typeName?: string;
  /** Indentation unit; the language's customary one when absent. Snippets for the editor use a tab. */
  readonly indent?: string;
}

/** The type declaration, code lookup and exhaustive handler for a whole catalog. */
export function generateHandler(catalog: Catalog, generator: LanguageGenerator, options: HandlerOptions = {}): GeneratedCode {
  const writer = generator.handler(buildModel(catalog, options.typeName === undefined ? {} : { typeName: options.typeName }));
  const indent = options.indent ?? generator.indent;
  return { snippet: writer.render('snippet', indent), plain: writer.render('plain', indent) };
}

export interface GeneratedCases extends GeneratedCode {
  /** How many branches were written (ranges count once). */
  readonly branches: number;
}

/** How many branches a catalog has that `handled` does not cover (a range counts once). */
export function missingBranchCount(catalog: Catalog, handled: ReadonlySet<number>): number {
  return caseLayout(buildModel(catalog), handled).groups.reduce((sum, group) => sum + group.branches.length, 0);
}

/** Branches over raw codes for a switch the user already wrote, leaving out the codes it handles. */
export function generateCases(catalog: Catalog, generator: LanguageGenerator, options: CaseOptions & { readonly indent?: string }): GeneratedCases {
  const model = buildModel(catalog);
  const writer = generator.cases(model, options);
  const indent = options.indent ?? generator.indent;
  const branches = caseLayout(model, options.handled).groups.reduce((sum, group) => sum + group.branches.length, 0);
  return { snippet: writer.render('snippet', indent), plain: writer.render('plain', indent), branches };
}

/** Branches to add to a block the user wrote: the text and where it goes. */
export interface MissingCasesEdit {
  /** Offset in the text the block was found in: the start of its default label's line, or of its closing line. */
  readonly offset: number;
  /** What to insert there: a snippet for the editor, and the same code without tab stops, as in a file. */
  readonly snippet: string;
  readonly plain: string;
  /** How many branches it adds (ranges count once). */
  readonly branches: number;
}

/**
 * The edit that adds the branches of `catalog` that `block` does not handle
 * yet, written the way its labels are and placed before its fallback or its
 * closing line; undefined when it already handles every code. `text` is the
 * text `block` was found in. The "Add the N missing cases" command runs this,
 * and the summary lens and the light bulb run that command.
 */
export function missingCasesEdit(text: string, block: SwitchBlock, catalog: Catalog, generator: LanguageGenerator): MissingCasesEdit | undefined {
  const labels = caseLabelsFor(catalog.id, generator.id);
  const handled = handledCodes(block, catalog);
  if (missingBranchCount(catalog, handled) === 0) {
    return undefined;
  }
  const cases = generateCases(catalog, generator, { ...caseOptionsFor(block, branchesLeave(text, block), handled, labels), indent: block.indentUnit });
  return {
    offset: block.insertOffset,
    snippet: placeInBlock(cases.snippet, block, text),
    plain: placeInBlock(cases.plain, block, text),
    branches: cases.branches,
  };
}
