import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openFixture, positionOf, ready } from './helpers';

/**
 * One code of each family the later catalogs added, where code and logs
 * write it: what the hover says, the lens above its line, and what a lookup
 * of it opens. Hex, word and dotted codes go through the same providers as
 * decimal ones, so each family is checked end to end in the editor.
 */
interface FamilyCase {
  readonly family: string;
  readonly file: string;
  /** Text that leads to the literal, and how far into it the literal starts. */
  readonly needle: string;
  readonly offset: number;
  /** What the hover and the lens must say. */
  readonly meaning: RegExp;
  readonly catalogTitle: RegExp;
  /** A lookup query and what the best match opened by it must say. */
  readonly query: string;
  readonly found: RegExp;
}

const CASES: readonly FamilyCase[] = [
  {
    family: 'gRPC',
    file: 'families/inventory_grpc.go',
    needle: 'codes.DeadlineExceeded',
    offset: 6,
    meaning: /DEADLINE_EXCEEDED/,
    catalogTitle: /gRPC status codes/,
    query: 'DEADLINE_EXCEEDED',
    found: /DEADLINE_EXCEEDED/,
  },
  {
    family: 'SMPP command_status (hex)',
    file: 'families/smsc-bind.log',
    needle: '0x0000000B',
    offset: 2,
    meaning: /ESME_RINVDSTADR/,
    catalogTitle: /SMPP command_status/,
    query: '0x0B',
    found: /ESME_RINVDSTADR/,
  },
  {
    family: 'SMPP delivery receipt (word)',
    file: 'families/smsc-bind.log',
    needle: 'UNDELIV',
    offset: 1,
    meaning: /UNDELIV/,
    catalogTitle: /SMPP delivery receipt stat values/,
    query: 'UNDELIV',
    found: /UNDELIV/,
  },
  {
    family: 'Vonage delivery receipt status (word)',
    file: 'families/vonage-receipts.ts',
    needle: "=== 'delivered'",
    offset: 5,
    meaning: /delivered/,
    catalogTitle: /Vonage SMS API delivery receipt status/,
    query: 'Anti-Spam Rejection',
    found: /Anti-Spam Rejection/,
  },
  {
    family: 'WebSocket close codes',
    file: 'families/live-feed-socket.ts',
    needle: '=== 1008',
    offset: 4,
    meaning: /Policy Violation/,
    catalogTitle: /WebSocket close codes/,
    query: 'Policy Violation',
    found: /1008/,
  },
  {
    family: 'SMTP enhanced status (dotted)',
    file: 'families/mail.log',
    needle: 'said: 550 5.1.1',
    offset: 10,
    meaning: /Bad destination mailbox address/,
    catalogTitle: /SMTP enhanced status codes/,
    query: '5.1.1',
    found: /Bad destination mailbox address/,
  },
  {
    family: 'SMTP reply',
    file: 'families/mail.log',
    needle: 'said: 550',
    offset: 6,
    meaning: /550/,
    catalogTitle: /SMTP reply codes/,
    query: '550',
    found: /550/,
  },
  {
    family: 'Twilio',
    file: 'families/twilio_status.py',
    needle: '"30003"',
    offset: 1,
    meaning: /Unreachable destination handset/,
    catalogTitle: /Twilio messaging errors/,
    query: '30003',
    found: /Unreachable destination handset/,
  },
  {
    family: 'WhatsApp Cloud API',
    file: 'families/whatsapp-cloud.jsonl',
    needle: '"code":131047',
    offset: 7,
    meaning: /131047/,
    catalogTitle: /WhatsApp Cloud API error codes/,
    query: '131047',
    found: /WhatsApp Cloud API error codes/,
  },
];

async function lensTitlesOn(document: vscode.TextDocument, line: number): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100);
  return lenses.filter((lens) => lens.range.start.line === line).map((lens) => lens.command?.title ?? '');
}

/** Markdown without its escaping backslashes, so assertions read like the rendered text. */
function plain(markdown: string | undefined): string {
  return (markdown ?? '').replace(/\\(.)/g, '$1');
}

describe('The code families in the editor', () => {
  before(async () => {
    await ready();
  });

  for (const family of CASES) {
    describe(family.family, () => {
      it('explains the code in a hover, with its catalog', async () => {
        const document = await openFixture(family.file);
        const position = positionOf(document, family.needle, family.offset);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
        const text = plain(hoverText(hovers));
        assert.match(text, family.meaning);
        assert.match(text, family.catalogTitle);
      });

      it('names the code in the lens above its line', async () => {
        const document = await openFixture(family.file);
        const line = positionOf(document, family.needle, family.offset).line;
        const titles = await lensTitlesOn(document, line);
        assert.ok(
          titles.some((title) => family.meaning.test(title)),
          `a lens on line ${line + 1} names it; lenses: ${JSON.stringify(titles)}`,
        );
      });

      it('finds the code by a lookup', async () => {
        const markdown = await vscode.commands.executeCommand<string | undefined>('statusCodeLens.lookup', { query: family.query, showBest: true });
        assert.match(plain(markdown), family.found);
      });
    });
  }
});
