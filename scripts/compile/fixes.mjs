// The quick fix's output, compiled: each file of test/fixtures/partial-switches
// handles some codes of the tricky test catalog, and every block in it gets
// its missing cases from `missingCasesEdit`, the function behind the "Add the
// N missing cases" command (which the summary lens and the light bulb run).
// The plain form is applied: the snippet the editor inserts without its tab stops.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {typeof import('../../src/core/generate/index.js') & { findSwitchBlocks: typeof import('../../src/core/switch/switchBlocks.js').findSwitchBlocks }} FixApi */
/** @typedef {import('../../src/core/catalog/types.js').Catalog} Catalog */

/** The fixture per language, and the VS Code language id its blocks are read as. */
export const FIXTURES = [
  { language: 'typescript', file: 'partial.ts', languageId: 'typescript' },
  { language: 'javascript', file: 'partial.js', languageId: 'javascript' },
  { language: 'python', file: 'partial.py', languageId: 'python' },
  { language: 'go', file: 'partial.go', languageId: 'go' },
  { language: 'java', file: 'Partial.java', languageId: 'java' },
  { language: 'csharp', file: 'partial.cs', languageId: 'csharp' },
  { language: 'rust', file: 'partial.rs', languageId: 'rust' },
  { language: 'kotlin', file: 'partial.kt', languageId: 'kotlin' },
  { language: 'php', file: 'partial.php', languageId: 'php' },
];

/**
 * The fixture of `language` with every block's missing cases added, and how
 * many blocks and branches that took. Throws when the fixture has no block,
 * when a block already handles everything (the fixture would prove nothing),
 * or when a block of the result still misses codes the fix writes as labels,
 * which means the branches landed outside it or are not read back.
 * @param {FixApi} api
 * @param {string} root
 * @param {string} language
 * @param {Catalog} catalog
 */
export function fixedSource(api, root, language, catalog) {
  const fixture = FIXTURES.find((f) => f.language === language);
  if (!fixture) throw new Error(`No partial-switch fixture for ${language}.`);
  const generator = api.generatorFor(fixture.languageId);
  if (!generator) throw new Error(`The generator has no language for ${fixture.languageId}.`);
  const original = readFileSync(join(root, 'test/fixtures/partial-switches', fixture.file), 'utf8');
  const blocks = api.findSwitchBlocks(original, { languageId: fixture.languageId });
  if (blocks.length === 0) throw new Error(`${fixture.file} has no switch block.`);
  // From the last insertion point back, so the offsets of the earlier blocks still hold.
  const edits = blocks
    .map((block) => {
      const edit = api.missingCasesEdit(original, block, catalog, generator);
      if (!edit) throw new Error(`${fixture.file}:${block.headerLine + 1} already handles every code; the fixture must leave some out.`);
      return edit;
    })
    .sort((a, b) => b.offset - a.offset);
  let source = original;
  for (const edit of edits) source = source.slice(0, edit.offset) + edit.plain + source.slice(edit.offset);
  // The fix writes every code as a label except ranges too wide to list (a comment or a guard stands for those), which a block keeps missing.
  const unlisted = catalog.entries.filter((entry) => entry.to !== undefined && entry.to - entry.code + 1 > api.MAX_LISTED_RANGE).length;
  const after = api.findSwitchBlocks(source, { languageId: fixture.languageId });
  const incomplete = after.filter((block) => (api.missingCasesEdit(source, block, catalog, generator)?.branches ?? 0) > unlisted);
  if (after.length !== blocks.length || incomplete.length > 0) {
    const where = incomplete.map((block) => block.headerLine + 1).join(', ');
    throw new Error(`After the fix ${fixture.file} has ${after.length} blocks (was ${blocks.length}); the blocks at lines ${where || '-'} still miss codes the fix writes:\n${source}`);
  }
  const branches = edits.reduce((sum, edit) => sum + edit.branches, 0);
  return { source, file: fixture.file, blocks: blocks.length, branches };
}
