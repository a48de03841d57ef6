import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { codeText } from '../../../src/core/catalog/codeFormat';
import { generateCases, generateHandler, generationProblem, generatorFor, generators, missingBranchCount } from '../../../src/core/generate/index';
import { codeLiteral } from '../../../src/core/generate/literals';
import { handledCodes } from '../../../src/core/generate/blockInsertion';
import { situationAt, typedCode } from '../../../src/core/generate/situation';
import { findSwitchBlocks } from '../../../src/core/switch/switchBlocks';
import { summarizeSwitch } from '../../../src/core/switch/switchSummary';
import { recognizerFor } from '../recognize/catalogs';
import { decimalCatalog, dottedCatalog, entryOf, hexCatalog, nameCatalog } from './formatCatalogs';

const index = new CatalogIndex([hexCatalog, nameCatalog, decimalCatalog]);
const recognizer = recognizerFor(index);

function block(text: string, languageId = 'typescript') {
  const [found] = findSwitchBlocks(text, { languageId });
  assert.ok(found, 'the text has a switch');
  return found;
}

/** The written codes of entries, for readable assertions. */
const written = (entries: readonly { code: number; codeText?: string }[], catalog = nameCatalog) => entries.map((e) => codeText(catalog, e));

describe('switches over hex and word codes', () => {
  it('reads hex case labels as the codes they are', () => {
    const labels = block('switch (pdu.command_status) {\n  case 0x0000000B:\n  case 0x58:\n    break;\n}');
    assert.deepEqual(labels.handledCodes, [11, 88]);
  });

  it('counts the string labels of a switch over receipt words, and no number as a word', () => {
    const text = 'switch (receipt.stat) {\n  case "UNDELIV":\n  case 1:\n    break;\n}';
    const summary = summarizeSwitch(block(text), recognizer, recognizer.buildDocumentContext(text, 'typescript'));
    assert.equal(summary?.catalog.id, 'acme-receipt-stat');
    assert.deepEqual(written(summary?.handled ?? []), ['UNDELIV']);
    assert.deepEqual(written(summary?.missing ?? []), ['DELIVRD', 'EXPIRED'], 'the label 1 is not the first word');
    assert.deepEqual([...handledCodes(block(text), nameCatalog)], [entryOf(nameCatalog, 'UNDELIV').entry.code]);
  });

  it('counts the hex labels of a switch over command_status', () => {
    const text = 'switch (pdu.command_status) {\n  case 0x0000000B:\n    break;\n}';
    const summary = summarizeSwitch(block(text), recognizer, recognizer.buildDocumentContext(text, 'typescript'));
    assert.equal(summary?.catalog.id, 'acme-command-status');
    assert.deepEqual(written(summary?.handled ?? [], hexCatalog), ['0x0000000B']);
    assert.equal(summary?.total, 3, 'the reserved range does not count');
  });

  it('writes the missing cases of a word catalog as string labels in each language', () => {
    const handled = new Set([entryOf(nameCatalog, 'DELIVRD').entry.code]);
    const expected: Record<string, RegExp> = {
      typescript: /^case "UNDELIV":$/m,
      javascript: /^case "UNDELIV":$/m,
      python: /^case "UNDELIV":$/m,
      go: /^case "UNDELIV":$/m,
      java: /^case "UNDELIV" -> \{$/m,
      csharp: /^case "UNDELIV":$/m,
      rust: /^"UNDELIV" => \{$/m,
      kotlin: /^"UNDELIV" -> \{$/m,
      php: /^case "UNDELIV":$/m,
    };
    for (const generator of generators) {
      const { plain, branches } = generateCases(nameCatalog, generator, { subject: 'stat', includeDefault: true, handled });
      assert.match(plain, expected[generator.id]!, generator.id);
      assert.doesNotMatch(plain, /DELIVRD"/, `${generator.id}: a handled word is left out`);
      assert.doesNotMatch(plain, /case [0-9]/, `${generator.id}: no word is written as its number`);
      assert.equal(branches, 2);
    }
    assert.equal(missingBranchCount(nameCatalog, handled), 2);
  });

  it('writes hex codes as hex literals in cases and handlers', () => {
    const go = generatorFor('go')!;
    assert.match(generateCases(hexCatalog, go, { includeDefault: false }).plain, /^case 0x0000000B:$/m);
    assert.match(generateHandler(hexCatalog, go).plain, /= 0x0000000B$/m);
    assert.match(generateHandler(hexCatalog, go).plain, /^\t\/\/ 0x0000000B ESME_RINVDSTADR: Invalid destination address$/m);
    assert.match(generateCases(hexCatalog, generatorFor('python')!, { includeDefault: false }).plain, /^case 0x0000000B:$/m);
  });

  it('writes a handler over strings for a word catalog', () => {
    const plain = (id: string) => generateHandler(nameCatalog, generatorFor(id)!).plain;
    assert.match(plain('typescript'), /UNDELIV: "UNDELIV",/);
    assert.match(plain('typescript'), /FromCode\(code: string\)/);
    assert.match(plain('python'), /class AcmeSmppStatus\(StrEnum\):/);
    assert.match(plain('go'), /^type AcmeSmppStatus string$/m);
    assert.match(plain('java'), /private final String code;/);
    assert.match(plain('kotlin'), /enum class AcmeSmppStatus\(val code: String\)/);
    assert.match(plain('php'), /enum AcmeSmppStatus: string/);
    assert.match(plain('csharp'), /case "UNDELIV":\n\s+return AcmeSmppStatus\.Undeliv;/);
    assert.match(plain('rust'), /pub fn from_code\(code: &str\)/);
    assert.doesNotMatch(plain('rust'), /repr\(i32\)/);
    assert.match(plain('typescript'), /\/\*\* UNDELIV Message is undeliverable \*\//, 'the comment names the word once');
  });

  it('writes no switch for dotted codes, and says why', () => {
    assert.match(generationProblem(dottedCatalog) ?? '', /read by class and subject/);
    assert.equal(generationProblem(nameCatalog), undefined);
    assert.equal(generationProblem(decimalCatalog), undefined);
  });

  it('completes a case label with the literal a program compares with', () => {
    assert.equal(codeLiteral(nameCatalog, entryOf(nameCatalog, 'UNDELIV').entry), '"UNDELIV"');
    assert.equal(codeLiteral(hexCatalog, entryOf(hexCatalog, '0x0000000B').entry), '0x0000000B');
    assert.equal(codeLiteral(decimalCatalog, decimalCatalog.entries[2]!), '11');
    assert.equal(typedCode('  case "UND'), '"UND');
    assert.equal(typedCode('  case 0x0'), '0x0');
    assert.equal(typedCode('  case 12'), '12');
    const text = 'switch (receipt.stat) {\n  case "UND';
    assert.equal(situationAt(text, text.length, 'typescript')?.kind, 'caseLabel');
  });
});
