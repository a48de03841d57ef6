import type { CatalogIndex } from '../catalog/catalogIndex';
import { caseBlocksAround, type CaseWindow } from '../switch/switchBlocks';
import type { SwitchBlock } from '../switch/types';
import { CandidateAcceptor } from './candidateAcceptor';
import { documentLines, DocumentScan, type DocumentScanOptions } from './documentScan';
import { HintMatcher } from './hints';
import { httpConstantNames } from './httpConstants';
import { KeyMeanings } from './keyMeanings';
import { ENCLOSING_LOOKBACK } from './keyReader';
import { KnownLiterals } from './knownLiterals';
import { isDataLanguage, isLineRecordLanguage } from './languages';
import { readColumnLayout } from './logColumns';
import { channelSiblings, type KeyMeaning, type RankContext } from './rank';
import { RecognizerCache, type RecognizerOptions } from './recognizerCache';
import { readSignatures } from './signatures';
import type { DocumentContext, LineRecognitions, Recognition } from './types';

export type { DocumentScanOptions } from './documentScan';
export type { RecognizerOptions } from './recognizerCache';

export interface LineOptions {
  /**
   * Reads other lines of the document (undefined past its ends). Used for the
   * `-next-line` ignore comment on the line above and to find the `switch`
   * a `case` label belongs to; without it, neither is looked for.
   */
  readonly lineAt?: (line: number) => string | undefined;
  /** The block the line's case labels belong to, when the caller knows it already. */
  readonly switchBlock?: SwitchBlock;
}

/**
 * How much of a document is read for provider hints: imports, header comments
 * and the first few thousand log lines name the provider if anything does, and
 * the read is repeated after every change, so it stays well below a hover's budget.
 */
export const HINT_SCAN_CHARS = 256 * 1024;
/** Lines below a label read into its window too, so the labels of the next visible lines reuse it. */
const CASE_WINDOW_BELOW = 400;

const recognizers = new RecognizerCache((index, options) => new Recognizer(index, options));

/**
 * Decides which literals of a text are codes and what they mean.
 *
 * One recogniser exists per catalog index and per recognition settings; all
 * derived state (the set of known codes, the hint pattern, resolved keys and
 * rankings) lives here and is rebuilt only when either changes, by getting a
 * new recogniser from `Recognizer.for`. The line scanner finds candidates,
 * `CandidateAcceptor` judges them, and `DocumentScan` walks a whole document.
 */
export class Recognizer {
  /** The recogniser for `index` and `options`, shared by every caller until either changes. */
  static for(index: CatalogIndex, options: RecognizerOptions): Recognizer {
    return recognizers.get(index, options);
  }

  private readonly known: KnownLiterals;
  private readonly keys: KeyMeanings;
  private readonly providerChannelMax: RankContext['providerChannelMax'];
  private readonly hints: HintMatcher;
  private readonly acceptor: CandidateAcceptor;
  private readonly nextLineMarker: string;
  /** Windows of label lines and their blocks, per `lineAt` function (see `caseBlockAt`); weak, so a closed document is not kept. */
  private readonly caseWindows = new WeakMap<(line: number) => string | undefined, { languageId: string; window: CaseWindow }>();

  constructor(
    readonly index: CatalogIndex,
    readonly options: RecognizerOptions,
  ) {
    this.known = new KnownLiterals(index);
    this.keys = new KeyMeanings(index);
    this.hints = new HintMatcher(index.catalogs);
    this.providerChannelMax = channelSiblings(index.catalogs);
    this.nextLineMarker = `${options.ignoreComment}-next-line`;
    this.acceptor = new CandidateAcceptor(index, this.known, this.keys, this.hints, this.providerChannelMax);
    this.known.addNamePrefixes(httpConstantNames());
  }

  /**
   * The block of the label on `line`, from a window of lines around it that
   * is kept per `lineAt` function: the lenses of the visible part of a huge
   * document ask line by line with one `lineAt` and parse the window once.
   */
  private caseBlockAt(lineAt: (line: number) => string | undefined, line: number, languageId: string): SwitchBlock | undefined {
    const kept = this.caseWindows.get(lineAt);
    if (kept && kept.languageId === languageId && line >= kept.window.validFrom && line <= kept.window.last) {
      return kept.window.blocks.get(line);
    }
    const window = caseBlocksAround(lineAt, line, languageId, undefined, CASE_WINDOW_BELOW);
    this.caseWindows.set(lineAt, { languageId, window });
    return window.blocks.get(line);
  }

  /** Whether any catalog has `code`. */
  isKnownCode(code: number): boolean {
    return this.known.isKnownCode(code);
  }

  /**
   * What a document says about catalogs: the provider and channel words it
   * mentions (read in its first `HINT_SCAN_CHARS` characters) and the catalogs the user prefers
   * for it. Build it once per document version.
   */
  buildDocumentContext(text: string, languageId: string, preferred: readonly string[] = [], maxChars = HINT_SCAN_CHARS): DocumentContext {
    const columns = readColumnLayout(text, languageId);
    const signatures = isDataLanguage(languageId) ? undefined : readSignatures(text, languageId);
    return {
      hintedCatalogs: this.hints.weights(text, 0, Math.min(text.length, maxChars)),
      preferredCatalogs: preferred,
      languageId,
      ...(columns ? { columns } : {}),
      ...(signatures ? { signatures } : {}),
    };
  }

  /** Every recognition on one line, in order of position. Never throws on any input. */
  recognizeLine(lineText: string, line: number, doc: DocumentContext, options: LineOptions = {}): Recognition[] {
    if (this.isIgnored(lineText, options.lineAt?.(line - 1))) {
      return [];
    }
    const { lineAt, switchBlock } = options;
    let resolved: SwitchBlock | undefined | null = switchBlock ?? null;
    const caseBlock = (caseLine: number): SwitchBlock | undefined => {
      if (resolved === null) {
        // Data documents have no switch blocks, as in the whole-document scan.
        resolved = lineAt && !isDataLanguage(doc.languageId) ? this.caseBlockAt(lineAt, caseLine, doc.languageId) : undefined;
      }
      return resolved;
    };
    const end = lineText.length > 0 && lineText.charCodeAt(lineText.length - 1) === 13 ? lineText.length - 1 : lineText.length;
    // The lines above go before the line, so a key's enclosing object is found as the whole-document scan finds it;
    // the line is cut where the scan stops first, so a huge line is not copied.
    const above = lineAt && !isLineRecordLanguage(doc.languageId) ? textAbove(lineAt, line) : '';
    const scanned = above === '' || end <= this.options.maxLineLength ? lineText : lineText.slice(0, this.options.maxLineLength);
    const from = above.length;
    return this.acceptor.scanLine(above + scanned, from, from + Math.min(end, scanned.length, this.options.maxLineLength), line, doc, caseBlock);
  }

  /**
   * The recognition at `character` on a line (hover, explain), or undefined.
   * A position just after a literal still finds it, as editors place the
   * cursor there after typing.
   */
  recognizeAt(lineText: string, line: number, character: number, doc: DocumentContext, options: LineOptions = {}): Recognition | undefined {
    if (character > this.options.maxLineLength) {
      return undefined;
    }
    const all = this.recognizeLine(lineText, line, doc, options);
    return all.find((r) => character >= r.start && character < r.end) ?? all.find((r) => character === r.end);
  }

  /**
   * Recognises a whole document in one pass, yielding the lines that hold
   * codes, top to bottom. Stop early by breaking out of the loop (a cap) or
   * through `isCancelled`; limit the work to `ranges` for large documents.
   */
  recognizeDocument(text: string, doc: DocumentContext, options: DocumentScanOptions = {}): Generator<LineRecognitions, void, undefined> {
    return documentLines(this.scanDocument(text, doc, options));
  }

  /**
   * The same pass as `recognizeDocument` as a cursor that hands over the
   * recognitions of several lines at a time, in one flat array in document
   * order: a whole-document caller such as the CodeLens provider then pays
   * one call per batch, not a generator step, a wrapper and an array per line.
   */
  scanDocument(text: string, doc: DocumentContext, options: DocumentScanOptions = {}): DocumentScan {
    return new DocumentScan(this.acceptor, this.options.maxLineLength, this.options.ignoreComment, text, doc, options);
  }

  /** Whether `lineText` is silenced by its own marker or by a `-next-line` marker on `previousLine`. */
  isIgnored(lineText: string, previousLine?: string): boolean {
    const marker = this.options.ignoreComment;
    for (let at = lineText.indexOf(marker); at >= 0; at = lineText.indexOf(marker, at + marker.length)) {
      if (!lineText.startsWith(this.nextLineMarker, at)) {
        return true;
      }
    }
    return previousLine !== undefined && previousLine.includes(this.nextLineMarker);
  }

  /** What a key (with its object, e.g. `error` for `error.code`) says about the values stored under it. */
  keyMeaning(key: string, parentKey?: string): KeyMeaning {
    return this.keys.meaningOf(key, parentKey ?? '', 'key');
  }

  /** The channel-specific sibling weights the ranking uses; shared with switch summaries. */
  get channelMax(): RankContext['providerChannelMax'] {
    return this.providerChannelMax;
  }
}


/** The end of the text above `line`, at most `ENCLOSING_LOOKBACK` characters of it, ending in a newline. */
function textAbove(lineAt: (line: number) => string | undefined, line: number): string {
  let above = '';
  for (let n = line - 1; n >= 0 && above.length < ENCLOSING_LOOKBACK; n--) {
    const text = lineAt(n);
    if (text === undefined) {
      break;
    }
    const room = ENCLOSING_LOOKBACK - above.length;
    above = `${text.length > room ? text.slice(text.length - room) : text}\n${above}`;
  }
  return above;
}
