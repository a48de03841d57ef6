import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeWithShared } from '../sharedDocuments';
import { readCatalog, readCatalogFile } from './catalogFiles';
import { entryWord, sourceBlock } from './sourceParsing';

/**
 * The three SMPP catalogs against the library constants they were transcribed
 * from: jsmpp (spec names, command_status up to 0x112, message_state 0–9,
 * the receipt words) and cloudhopper-smpp (command_status to 0x10C with its
 * own names, STATE_* 1–8, and the receipt word for each state).
 */

interface Constant {
  readonly name: string;
  readonly value: number;
}

/** `int STAT_ESME_RINVDSTADR = 0x0000000b;` in jsmpp's SMPPConstant: the spec name without `STAT_`. */
function jsmppCommandStatus(text: string): Constant[] {
  return [...text.matchAll(/\bint\s+STAT_(ESME_R\w+)\s*=\s*(0x[0-9a-fA-F]+)\s*;/g)].map((m) => ({ name: m[1] as string, value: Number(m[2]) }));
}

/** `public static final int STATUS_INVDSTADR = 0x0000000B;` in cloudhopper's SmppConstants: its name without `STATUS_`. */
function cloudhopperCommandStatus(text: string): Constant[] {
  return [...text.matchAll(/public\s+static\s+final\s+int\s+STATUS_(\w+)\s*=\s*(0x[0-9a-fA-F]+)\s*;/g)].map((m) => ({ name: m[1] as string, value: Number(m[2]) }));
}

/** `STATUS_MESSAGE_MAP.put(STATUS_INVDSTADR, "Dest address invalid");`: cloudhopper's message per constant name. */
function cloudhopperMessages(text: string): Map<string, string> {
  return new Map([...text.matchAll(/STATUS_MESSAGE_MAP\.put\(STATUS_(\w+),\s*"([^"]*)"\)/g)].map((m) => [m[1] as string, m[2] as string]));
}

/** `ENROUTE((byte) 0x01),` in jsmpp's MessageState enum. */
function jsmppMessageStates(text: string): Constant[] {
  return [...text.matchAll(/^\s*([A-Z_]+)\(\(byte\)\s*(0x[0-9a-fA-F]+)\)/gm)].map((m) => ({ name: m[1] as string, value: Number(m[2]) }));
}

/** `public static final byte STATE_ENROUTE = (byte) 0x01;` in cloudhopper's SmppConstants. */
function cloudhopperStates(text: string): Constant[] {
  return [...text.matchAll(/\bbyte\s+STATE_(\w+)\s*=\s*\(byte\)\s*(0x[0-9a-fA-F]+)\s*;/g)].map((m) => ({ name: m[1] as string, value: Number(m[2]) }));
}

/** cloudhopper's `toState`: `if (stateText.equalsIgnoreCase("DELIVRD")) { return SmppConstants.STATE_DELIVERED;`, word to state name. */
function receiptWordsToStates(text: string): Map<string, string> {
  const body = sourceBlock(text, 'static public byte toState(', 'static public String toStateText(');
  return new Map([...body.matchAll(/equalsIgnoreCase\("(\w+)"\)\)\s*\{\s*return\s+SmppConstants\.STATE_(\w+);/g)].map((m) => [m[1] as string, m[2] as string]));
}

/** cloudhopper's `toStateText`: `case SmppConstants.STATE_DELIVERED: return "DELIVRD";`, state name to word. */
function receiptStatesToWords(text: string): Map<string, string> {
  const body = sourceBlock(text, 'static public String toStateText(', 'default:');
  return new Map([...body.matchAll(/case\s+SmppConstants\.STATE_(\w+):\s*return\s+"(\w+)";/g)].map((m) => [m[1] as string, m[2] as string]));
}

/** `DELIVRD(1),` in jsmpp's DeliveryReceiptState enum: the word and jsmpp's own number for it. */
function jsmppReceiptStates(text: string): Constant[] {
  return [...text.matchAll(/^\s*([A-Z]+)\((\d+)\)/gm)].map((m) => ({ name: m[1] as string, value: Number(m[2]) }));
}

describeWithShared('sources', 'SMPP catalogs against jsmpp and cloudhopper-smpp', (dir) => {
  const read = (name: string): string => fs.readFileSync(path.join(dir, 'smpp', name), 'utf8');
  let jsmppStatus: Constant[];
  let chStatus: Constant[];
  let chMessages: Map<string, string>;

  before(() => {
    jsmppStatus = jsmppCommandStatus(read('jsmpp_SMPPConstant.java'));
    const cloudhopper = read('SmppConstants.java');
    chStatus = cloudhopperCommandStatus(cloudhopper);
    chMessages = cloudhopperMessages(cloudhopper);
  });

  describe('smpp-command-status', () => {
    it('reads 67 values from jsmpp and 61 from cloudhopper, each cloudhopper value with a message', () => {
      assert.equal(jsmppStatus.length, 67);
      assert.equal(chStatus.length, 61);
      for (const constant of chStatus) {
        assert.ok(chMessages.get(constant.name), `cloudhopper has a message for STATUS_${constant.name}`);
      }
    });

    it('lists exactly the jsmpp constants, each under its spec name, in ascending order', () => {
      const catalog = readCatalog('smpp-command-status');
      assert.deepEqual(
        catalog.entries.map((entry) => [entry.code, entry.name]),
        [...jsmppStatus].sort((a, b) => a.value - b.value).map((constant) => [constant.value, constant.name]),
      );
    });

    it('holds every cloudhopper value, its name with ESME_R in front being the name or the only alias', () => {
      const catalog = readCatalog('smpp-command-status');
      const byValue = new Map(catalog.entries.map((entry) => [entry.code, entry]));
      for (const constant of chStatus) {
        const entry = byValue.get(constant.value);
        assert.ok(entry, `0x${constant.value.toString(16)} (STATUS_${constant.name}) is in the catalog`);
        const spelled = `ESME_R${constant.name}`;
        assert.ok(entry.name === spelled || entry.aliases?.includes(spelled), `0x${constant.value.toString(16)}: ${spelled} is ${entry.name} or an alias`);
      }
      const aliased = catalog.entries.filter((entry) => entry.aliases !== undefined);
      for (const entry of aliased) {
        const constant = chStatus.find((candidate) => candidate.value === entry.code);
        assert.deepEqual(entry.aliases, [`ESME_R${constant?.name ?? '?'}`], `${entry.name} has only cloudhopper's name as alias`);
      }
      assert.deepEqual(
        aliased.map((entry) => entry.name),
        ['ESME_RINVTLVSTREAM', 'ESME_RTLVNOTALLWD', 'ESME_RINVTLVLEN', 'ESME_RMISSINGTLV', 'ESME_RINVTLVVAL'],
      );
    });

    it('files the values below 0x100 under SMPP 3.4 (48, the same in both libraries) and the rest under SMPP 5.0 (19)', () => {
      const catalog = readCatalog('smpp-command-status');
      const older = catalog.entries.filter((entry) => entry.code < 0x100);
      const newer = catalog.entries.filter((entry) => entry.code >= 0x100);
      assert.equal(older.length, 48);
      assert.equal(newer.length, 19);
      assert.ok(older.every((entry) => entry.group === 'SMPP 3.4'));
      assert.ok(newer.every((entry) => entry.group === 'SMPP 5.0'));
      assert.deepEqual(
        chStatus.filter((constant) => constant.value < 0x100).map((constant) => constant.value),
        jsmppStatus.filter((constant) => constant.value < 0x100).map((constant) => constant.value),
      );
    });

    it('writes every code in the file as 0x and eight upper-case hex digits, as logs print them', () => {
      const file = readCatalogFile('smpp-command-status.json') as { codeFormat: string; codeWidth: number; entries: { code: unknown }[] };
      assert.equal(file.codeFormat, 'hex');
      assert.equal(file.codeWidth, 8);
      for (const entry of file.entries) {
        assert.match(String(entry.code), /^0x[0-9A-F]{8}$/);
      }
    });

    it('calls ESME_ROK a success, everything else a failure, and only the temporary conditions retryable', () => {
      const entries = readCatalog('smpp-command-status').entries;
      assert.deepEqual(
        entries.filter((entry) => entry.outcome !== 'failed').map((entry) => [entry.name, entry.outcome]),
        [['ESME_ROK', 'success']],
      );
      assert.deepEqual(
        entries.filter((entry) => entry.retryable === true).map((entry) => entry.name),
        ['ESME_RSYSERR', 'ESME_RMSGQFUL', 'ESME_RTHROTTLED', 'ESME_RX_T_APPN'],
      );
      for (const entry of entries.filter((candidate) => /^ESME_RINV/.test(candidate.name ?? ''))) {
        assert.equal(entry.retryable, false, `${entry.name}: an invalid field fails again unchanged`);
      }
    });
  });

  describe('smpp-message-state', () => {
    it('lists jsmpp MessageState 0–9 with its names, and cloudhopper STATE_* 1–8 agree', () => {
      const states = jsmppMessageStates(read('jsmpp_MessageState.java'));
      assert.equal(states.length, 10);
      const catalog = readCatalog('smpp-message-state');
      assert.deepEqual(
        catalog.entries.map((entry) => [entry.code, entry.name]),
        states.map((state) => [state.value, state.name]),
      );
      const older = cloudhopperStates(read('SmppConstants.java'));
      assert.equal(older.length, 8);
      for (const state of older) {
        assert.equal(catalog.entries.find((entry) => entry.code === state.value)?.name, state.name, `STATE_${state.name}`);
      }
    });

    it('files SCHEDULED and SKIPPED, which cloudhopper lacks, under SMPP 5.0', () => {
      const older = new Set(cloudhopperStates(read('SmppConstants.java')).map((state) => state.value));
      for (const entry of readCatalog('smpp-message-state').entries) {
        assert.equal(entry.group, older.has(entry.code) ? 'SMPP 3.4' : 'SMPP 5.0', `${entry.name}`);
      }
    });
  });

  describe('smpp-receipt-stat', () => {
    it('gives each stat word of cloudhopper\'s toState the message_state it maps to, and toStateText maps it back', () => {
      const receipt = read('DeliveryReceipt.java');
      const wordsToStates = receiptWordsToStates(receipt);
      const statesToWords = receiptStatesToWords(receipt);
      assert.equal(wordsToStates.size, 8);
      const stateValues = new Map(cloudhopperStates(read('SmppConstants.java')).map((state) => [state.name, state.value]));
      const catalog = readCatalog('smpp-receipt-stat');
      assert.deepEqual(
        catalog.entries.map((entry) => [entryWord(entry), entry.value]).sort(),
        [...wordsToStates].map(([word, state]) => [word, stateValues.get(state)]).sort(),
      );
      for (const [word, state] of wordsToStates) {
        assert.equal(statesToWords.get(state), word, `toStateText(STATE_${state})`);
      }
    });

    it('holds exactly jsmpp\'s DeliveryReceiptState words, whose numbers are not message_state values', () => {
      const words = jsmppReceiptStates(read('jsmpp_DeliveryReceiptState.java'));
      assert.equal(words.length, 8);
      const catalog = readCatalog('smpp-receipt-stat');
      assert.deepEqual(catalog.entries.map(entryWord).sort(), words.map((word) => word.name).sort());
      for (const word of words) {
        const entry = catalog.entries.find((candidate) => entryWord(candidate) === word.name);
        assert.notEqual(entry?.value, word.value, `${word.name}: jsmpp's ${word.value} is an enum position`);
      }
    });

    it('gives each word the outcome of the message_state it stands for', () => {
      const states = readCatalog('smpp-message-state');
      for (const entry of readCatalog('smpp-receipt-stat').entries) {
        const state = states.entries.find((candidate) => candidate.code === entry.value);
        assert.ok(state, `${entryWord(entry)}: message_state ${String(entry.value)} exists`);
        assert.equal(entry.outcome, state.outcome, `${entryWord(entry)} and ${state.name ?? ''}`);
      }
    });
  });
});
