import * as assert from 'node:assert/strict';
import { parseCatalog } from '../../../src/core/catalog/parse';
import { caseLabelsFor, generateCases, generatorFor, missingCasesEdit } from '../../../src/core/generate/index';
import { readCatalog } from '../catalogs/catalogFiles';
import { libraryCaseLabels, type LibraryNames } from '../../../src/core/generate/libraryLabels';
import { caseOptionsFor } from '../../../src/core/generate/blockInsertion';
import { branchesLeave } from '../../../src/core/switch/branchExits';
import { findSwitchBlocks } from '../../../src/core/switch/switchBlocks';

const rpc = parseCatalog(
  JSON.stringify({
    id: 'acme-rpc',
    title: 'Acme RPC status',
    provider: 'Acme RPC',
    kind: 'status',
    source: { url: 'https://example.com/rpc' },
    context: ['rpcStatus'],
    entries: [
      { code: 0, name: 'OK', description: 'Success', outcome: 'success' },
      { code: 4, name: 'DEADLINE_EXCEEDED', description: 'Deadline expired', outcome: 'failed' },
      { code: 14, name: 'UNAVAILABLE', description: 'Service unavailable', outcome: 'failed', retryable: true },
    ],
  }),
  { file: 'rpc.json' },
).catalog!;

/** The constants of the gRPC libraries, for the three codes above, as a names file spells them. */
const names: LibraryNames = {
  catalog: 'acme-rpc',
  libraries: [
    { id: 'go-grpc-codes', names: { OK: 0, DeadlineExceeded: 4, Unavailable: 14 } },
    { id: 'java-grpc-status-code', names: { OK: 0, DEADLINE_EXCEEDED: 4, UNAVAILABLE: 14 } },
    { id: 'python-grpc-status-code', names: { OK: 0, DEADLINE_EXCEEDED: 4, UNAVAILABLE: 14 } },
    { id: 'csharp-grpc-core-status-code', names: { OK: 0, DeadlineExceeded: 4, Unavailable: 14 } },
    { id: 'rust-tonic-code', names: { Ok: 0, DeadlineExceeded: 4, Unavailable: 14 } },
    { id: 'grpc-js-status', names: { OK: 0, DEADLINE_EXCEEDED: 4, UNAVAILABLE: 14 } },
  ],
};

function cases(languageId: string, text: string): string {
  const generator = generatorFor(languageId)!;
  const [block] = findSwitchBlocks(text, { languageId });
  assert.ok(block, 'the text has a switch');
  return generateCases(rpc, generator, { ...caseOptionsFor(block, branchesLeave(text, block), new Set(block.handledCodes), libraryCaseLabels(names, generator.id)) }).plain;
}

describe('cases named by a library constant', () => {
  it('writes the library constants a switch over a gRPC status takes, in each language that has them', () => {
    assert.match(cases('go', 'switch status.Code(err) {\n}'), /^case codes\.Unavailable:$/m);
    assert.match(cases('java', 'switch (e.getStatus().getCode()) {\n}'), /^case UNAVAILABLE -> \{$/m);
    assert.match(cases('kotlin', 'when (e.status.code) {\n}'), /^Status\.Code\.UNAVAILABLE -> \{$/m);
    assert.match(cases('python', 'match e.code():\n    case _:\n        pass\n'), /^case grpc\.StatusCode\.UNAVAILABLE:$/m);
    assert.match(cases('csharp', 'switch (ex.StatusCode)\n{\n}'), /^case StatusCode\.Unavailable:$/m);
    assert.match(cases('rust', 'match status.code() {\n}'), /^tonic::Code::Unavailable => \{$/m);
  });

  it('writes numbers where the library enum takes them, and in a switch already labelled by number', () => {
    assert.match(cases('typescript', 'switch (err.code) {\n}'), /^case 14:$/m);
    assert.match(cases('go', 'switch code {\ncase 0:\n}'), /^case 14:$/m);
    assert.equal(libraryCaseLabels(names, 'php'), undefined);
    assert.equal(libraryCaseLabels(undefined, 'go'), undefined);
  });

  it('takes the gRPC constants from the names file of the grpc-status catalog', () => {
    assert.equal(caseLabelsFor('grpc-status', 'go')?.get(14), 'codes.Unavailable');
    assert.equal(caseLabelsFor('grpc-status', 'go')?.get(1), 'codes.Canceled');
    assert.equal(caseLabelsFor('grpc-status', 'java')?.get(14), 'UNAVAILABLE');
    assert.equal(caseLabelsFor('grpc-status', 'python')?.get(4), 'grpc.StatusCode.DEADLINE_EXCEEDED');
    assert.equal(caseLabelsFor('grpc-status', 'typescript'), undefined);
    assert.equal(caseLabelsFor('http', 'go'), undefined, 'HTTP switches keep their numbers');
  });

  it('does not add a gRPC case again that a Go switch names in the library spelling', () => {
    const text = 'switch status.Code(err) {\ncase codes.Canceled:\n\treturn\n}\n';
    const [block] = findSwitchBlocks(text, { languageId: 'go' });
    assert.ok(block);
    const edit = missingCasesEdit(text, block, readCatalog('grpc-status'), generatorFor('go')!);
    assert.ok(edit);
    assert.doesNotMatch(edit.plain, /codes\.Canceled/);
    assert.match(edit.plain, /case codes\.Unavailable:/);
    assert.equal(edit.branches, 16);
  });
});
