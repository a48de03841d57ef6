import type { CatalogIndex } from '../catalog/catalogIndex';
import type { CatalogMatch } from '../catalog/types';
import { normalizeKey } from '../catalog/normalize';
import { HintMatcher } from './hints';
import { anyHttpConstantCode, httpConstantCode, httpConstantNames } from './httpConstants';
import { IgnoreMarkers } from './ignoreMarkers';
import { BARE_MEANING, HTTP_MEANING, KeyMeanings, NAMED_MEANING, NO_MEANING, type KeyGroup } from './keyMeanings';
import { KnownLiterals } from './knownLiterals';
import { ENCLOSING_LOOKBACK } from './keyReader';
import { LineScanner } from './lineScanner';
import { columnAt, readColumnLayout, type ColumnLayout } from './logColumns';
import { readSignatures } from './signatures';
import { AT_MOST, BELOW, NO_BOUND, type RawCandidate } from './scannerTypes';
import { channelSiblings, isHttpCatalog, MIN_CONFIDENCE, rankMatches, type KeyMeaning, type RankContext, type Ranking } from './rank';
import { caseBlocksAround, caseLineMap, findSwitchBlocks, type CaseWindow } from '../switch/switchBlocks';
import type { SwitchBlock } from '../switch/types';
import type { Catalog, CodeClass } from '../catalog/types';
import type { DocumentContext, LineRange, LineRecognitions, Recognition } from './types';

/** The settings recognition depends on; a subset of `Settings`. */
export interface RecognizerOptions {
  /** Characters of each line that are scanned; the rest of a longer line is ignored. */
  readonly maxLineLength: number;
  /** The marker that silences its line; `<marker>-next-line` silences the line below. */
  readonly ignoreComment: string;
}

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

export interface DocumentScanOptions {
  /** Inclusive line ranges to scan, e.g. the visible ranges of a large document; every line when absent. */
  readonly ranges?: readonly LineRange[];
  /** Polled every few hundred lines; the scan stops when it returns true. */
  readonly isCancelled?: () => boolean;
  /** Blocks found beforehand with `findSwitchBlocks`; looked for here (in source languages) when absent. */
  readonly switchBlocks?: readonly SwitchBlock[];
}

/** Languages whose lines are records of their own (logs, JSON Lines): a key's enclosing object is looked for on its line only. */
const LINE_RECORD_LANGUAGES = new Set(['log', 'plaintext', 'jsonl', 'csv', 'tsv']);

/** Languages whose mappings nest by indentation: a key's enclosing object is the less indented `key:` above it. */
const INDENTED_LANGUAGES = new Set(['yaml', 'dockercompose', 'github-actions-workflow']);

/** Languages whose documents hold data, not code: no `switch` blocks are looked for in them. */
const DATA_LANGUAGES = new Set(['log', 'plaintext', 'json', 'jsonc', 'jsonl', 'csv', 'tsv', 'markdown', 'xml', 'html', 'properties', 'ini']);

/**
 * How much of a document is read for provider hints: imports, header comments
 * and the first few thousand log lines name the provider if anything does, and
 * the read is repeated after every change, so it stays well below a hover's budget.
 */
export const HINT_SCAN_CHARS = 256 * 1024;
const CANCEL_CHECK_EVERY = 256;
/** Lines with codes per batch of `recognizeDocument`'s cursor. */
const DOCUMENT_BATCH_LINES = 256;
/** The cursor's `candidate` before a range's first candidate is looked for. */
const UNSTARTED = -2;
const CACHE_LIMIT = 20_000;
/** Lines below a label read into its window too, so the labels of the next visible lines reuse it. */
const CASE_WINDOW_BELOW = 400;

/** Columns of HTTP servers' own logs that hold the response status (W3C `sc-status`, Zeek `status_code`). */
const HTTP_STATUS_COLUMNS = new Set(['scstatus', 'status', 'statuscode', 'httpstatus', 'elbstatuscode', 'targetstatuscode']);

const NO_RANKING: Ranking = { ranked: [], ambiguous: false };

/** The shared "no recognitions yet" array of a line; never pushed to. */
const NONE: Recognition[] = [];

// Copied once: the hot path compares against a local, not a module binding.
const MIN_REPORTED = MIN_CONFIDENCE;
const UNBOUNDED = NO_BOUND;

const recognizers = new WeakMap<CatalogIndex, Map<string, Recognizer>>();

/**
 * Decides which literals of a text are codes and what they mean.
 *
 * One recogniser exists per catalog index and per recognition settings; all
 * derived state (the set of known codes, the hint pattern, resolved keys and
 * rankings) lives here and is rebuilt only when either changes, by getting a
 * new recogniser from `Recognizer.for`.
 */
export class Recognizer {
  /** The recogniser for `index` and `options`, shared by every caller until either changes. */
  static for(index: CatalogIndex, options: RecognizerOptions): Recognizer {
    let byOptions = recognizers.get(index);
    if (!byOptions) {
      byOptions = new Map();
      recognizers.set(index, byOptions);
    }
    const key = `${options.maxLineLength}\u0000${options.ignoreComment}`;
    let recognizer = byOptions.get(key);
    if (!recognizer) {
      recognizer = new Recognizer(index, options);
      byOptions.set(key, recognizer);
    }
    return recognizer;
  }

  private readonly known: KnownLiterals;
  private readonly keys: KeyMeanings;
  private readonly providerChannelMax: RankContext['providerChannelMax'];
  private readonly rankings = new WeakMap<DocumentContext, Map<KeyMeaning, Map<number | string, Ranking>>>();
  private readonly hints: HintMatcher;
  private readonly scanner: LineScanner;
  private readonly nextLineMarker: string;

  // The line being scanned; set by `scanLine` for the scanner's callback.
  private text = '';
  private lineStart = 0;
  private lineScanEnd = 0;
  private line = 0;
  private doc: DocumentContext | undefined;
  private out: Recognition[] = NONE;
  /** Where a whole-document batch collects recognitions; `out` collects them for one line otherwise. */
  private sink: Recognition[] | undefined;
  /** Windows of label lines and their blocks, per `lineAt` function (see `caseBlockAt`); weak, so a closed document is not kept. */
  private readonly caseWindows = new WeakMap<(line: number) => string | undefined, { languageId: string; window: CaseWindow }>();
  private caseBlock: (line: number) => SwitchBlock | undefined = () => undefined;
  private lineHintsCache: ReadonlyMap<string, number> | undefined;
  private lineHintSignature: number | string = 0;
  /** The key last judged by `keyInterest`, reused when the candidate is accepted without an object. */
  private lastKeyStart = -1;
  private lastKeyEnd = -1;
  private lastKeyMeaning: KeyMeaning = NO_MEANING;
  /** The meaning of the table row `isNameOfCode` last accepted, and those made so far by the catalogs they name. */
  private tableMeaning: KeyMeaning = NO_MEANING;
  private readonly tableMeanings = new Map<string, KeyMeaning>();
  /** The meaning of the column `isCodeColumn` last accepted, and each layout's column meanings. */
  private columnMeaning: KeyMeaning = NO_MEANING;
  /** The meaning of the argument `isCodeParameter` last accepted. */
  private argumentMeaning: KeyMeaning = NO_MEANING;
  private readonly columnMeanings = new WeakMap<ColumnLayout, (KeyMeaning | undefined)[]>();
  /** The memo map last used, kept while the same document and key repeat (as they do line after line in a log). */
  private lastRankingDoc: DocumentContext | undefined;
  private lastRankingMeaning: KeyMeaning | undefined;
  private lastByLiteral: Map<number | string, Ranking> = new Map();
  private lastByMeaning: Map<KeyMeaning, Map<number | string, Ranking>> | undefined;
  /** Whether the lines of `enclosingDoc` are records of their own; asked once per document, not per line. */
  private enclosingDoc: DocumentContext | undefined;
  private lineRecords = true;
  private indentedKeys = false;
  /**
   * Recognitions of the current line that stand only if another code of the
   * line belongs to the same catalog (`"statusCode":4` beside `"SENT_TO_SUPPLIER"`);
   * settled when the line ends. Empty on almost every line.
   */
  private pending: Recognition[] = [];
  /** Catalogs the labels of a `switch` belong to, per block, as evidence for its small labels. */
  private readonly blockCatalogs = new WeakMap<SwitchBlock, ReadonlySet<string>>();
  /** Catalogs with classes of codes (HTTP's 1xx–5xx), for the bounds of range tests. */
  private readonly classCatalogs: readonly Catalog[];
  constructor(
    readonly index: CatalogIndex,
    readonly options: RecognizerOptions,
  ) {
    this.known = new KnownLiterals(index);
    this.keys = new KeyMeanings(index);
    this.hints = new HintMatcher(index.catalogs);
    this.providerChannelMax = channelSiblings(index.catalogs);
    this.classCatalogs = index.catalogs.filter((catalog) => (catalog.classes?.length ?? 0) > 0);
    this.nextLineMarker = `${options.ignoreComment}-next-line`;
    const known = this.known;
    const keys = this.keys;
    this.scanner = new LineScanner({
      keyInterest: (text, start, end, kind) => {
        const meaning = keys.meaningAt(text, start, end, kind);
        this.lastKeyStart = start;
        this.lastKeyEnd = end;
        this.lastKeyMeaning = meaning;
        return KeyMeanings.interest(meaning);
      },
      isKnownCode: (code) => known.isKnownCode(code),
      isKnownName: (text, start, end) => known.isKnownWord(text, start, end),
      // The name is asked about first: its answers are cached, and most members name no code.
      isKnownMember: (text, qualifierStart, qualifierEnd, start, end) => {
        const name = text.slice(start, end);
        const qualifier = text.slice(qualifierStart, qualifierEnd);
        return (
          (known.memberLookupName(name) !== undefined || httpConstantCode(name, normalizeKey(qualifier)) !== undefined) && keys.isCodeQualifier(qualifier)
        );
      },
      isNameOfCode: (text, start, end, code) => known.mayBeNameOfCode(text, start, end) && this.nameOfCode(text.slice(start, end), code),
      isCodeColumn: (text, lineStart, at, code) => this.isCodeColumn(text, lineStart, at, code),
      isCodeParameter: (text, start, end, index) => this.isCodeParameter(text, start, end, index),
      accept: (candidate) => this.accept(candidate),
    });
    known.addNamePrefixes(httpConstantNames());
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
    const signatures = DATA_LANGUAGES.has(languageId) ? undefined : readSignatures(text, languageId);
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
        resolved = lineAt && !DATA_LANGUAGES.has(doc.languageId) ? this.caseBlockAt(lineAt, caseLine, doc.languageId) : undefined;
      }
      return resolved;
    };
    const end = lineText.length > 0 && lineText.charCodeAt(lineText.length - 1) === 13 ? lineText.length - 1 : lineText.length;
    // The lines above go before the line, so a key's enclosing object is found as the whole-document scan finds it;
    // the line is cut where the scan stops first, so a huge line is not copied.
    const above = lineAt && !LINE_RECORD_LANGUAGES.has(doc.languageId) ? textAbove(lineAt, line) : '';
    const scanned = above === '' || end <= this.options.maxLineLength ? lineText : lineText.slice(0, this.options.maxLineLength);
    const found = this.scanLine(above + scanned, above.length, above.length + Math.min(end, scanned.length), line, doc, caseBlock);
    return found === NONE ? [] : found;
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
  *recognizeDocument(text: string, doc: DocumentContext, options: DocumentScanOptions = {}): Generator<LineRecognitions, void, undefined> {
    const scan = this.scanDocument(text, doc, options);
    for (let batch = scan.next(DOCUMENT_BATCH_LINES); batch.length > 0; batch = scan.next(DOCUMENT_BATCH_LINES)) {
      for (let i = 0; i < batch.length; ) {
        const end = lineRunEnd(batch, i);
        yield { line: (batch[i] as Recognition).line, recognitions: batch.slice(i, end) };
        i = end;
      }
    }
  }

  /**
   * The same pass as `recognizeDocument` as a cursor that hands over the
   * recognitions of several lines at a time, in one flat array in document
   * order: a whole-document caller such as the CodeLens provider then pays
   * one call per batch, not a generator step, a wrapper and an array per line.
   */
  scanDocument(text: string, doc: DocumentContext, options: DocumentScanOptions = {}): DocumentScan {
    const blocks = options.switchBlocks ?? (DATA_LANGUAGES.has(doc.languageId) ? [] : findSwitchBlocks(text, { languageId: doc.languageId }));
    const caseLines = caseLineMap(blocks);
    return new DocumentScan(this, text, doc, normalizeRanges(options.ranges), (line) => caseLines.get(line), options.isCancelled);
  }

  /**
   * Scans `scan` on from where it stopped until `maxLines` lines with codes
   * are found, the scan is cancelled or the text ends; appends their
   * recognitions to `out`. Locals mirror the cursor's fields in the loop and
   * are written back once at the end, which keeps the per-line work on registers.
   */
  scanBatch(scan: DocumentScan, out: Recognition[], maxLines: number): void {
    const text = scan.text;
    const doc = scan.doc;
    const caseBlock = scan.caseBlock;
    const markers = scan.markers;
    const maxLineLength = this.options.maxLineLength;
    const scanner = this.scanner;
    const ranges = scan.ranges;
    let { rangeIndex, line, pos, previousStart, candidate, scanned } = scan;
    // Every early return ends the scan (text ended, nothing left to find, cancelled); only a full batch leaves it resumable.
    let over = true;
    let linesFound = 0;
    // The scanner's recognitions go straight into the batch; a line's own array is only made for `recognizeLine`.
    this.sink = out;
    try {
      // Asked at every batch as well as every few hundred lines, so a cancelled scan does no further batch.
      if (scan.isCancelled?.()) {
        return;
      }
      while (rangeIndex < ranges.length && linesFound < maxLines) {
        const range = ranges[rangeIndex] as LineRange;
        if (candidate === UNSTARTED) {
          while (line < range.start) {
            const nl = text.indexOf('\n', pos);
            if (nl < 0) {
              return;
            }
            previousStart = pos;
            pos = nl + 1;
            line++;
          }
          // Candidates are found over the whole text in one pass and mapped to their lines,
          // so lines without any (most of a log) cost one `indexOf` each.
          candidate = scanner.next(text, pos);
        }
        while (line <= range.end && linesFound < maxLines) {
          if (candidate < 0) {
            return;
          }
          const nl = text.indexOf('\n', pos);
          const lineEnd = nl < 0 ? text.length : nl;
          if (candidate < lineEnd) {
            const end = lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
            const scanEnd = Math.min(end, pos + maxLineLength);
            // Ignore markers matter only on lines with candidates: theirs, and a `-next-line` one on the line above.
            if (candidate < scanEnd && !markers.silences(previousStart, pos, lineEnd)) {
              this.enterLine(text, pos, scanEnd, line, doc, caseBlock);
              const before = out.length;
              while (candidate >= 0 && candidate < scanEnd) {
                candidate = scanner.next(text, scanner.candidateAt(text, pos, scanEnd, candidate));
              }
              if (this.pending.length > 0) {
                this.settleLine(out, before);
              }
              if (out.length > before) {
                linesFound++;
              }
            }
            if (candidate >= 0 && candidate < lineEnd) {
              // The rest of the line is cut off or silenced.
              candidate = nl < 0 ? -1 : scanner.next(text, nl + 1);
            }
          }
          if (++scanned % CANCEL_CHECK_EVERY === 0 && scan.isCancelled?.()) {
            return;
          }
          if (nl < 0) {
            return;
          }
          previousStart = pos;
          pos = nl + 1;
          line++;
        }
        if (line > range.end) {
          rangeIndex++;
          candidate = UNSTARTED;
        }
      }
      over = rangeIndex >= ranges.length;
    } finally {
      // Written back once per batch; the loop itself works on locals.
      Object.assign(scan, { rangeIndex: over ? ranges.length : rangeIndex, line, pos, previousStart, candidate, scanned });
      this.leaveLine();
    }
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

  private scanLine(
    text: string,
    start: number,
    end: number,
    line: number,
    doc: DocumentContext,
    caseBlock: (line: number) => SwitchBlock | undefined,
  ): Recognition[] {
    const scanEnd = Math.min(end, start + this.options.maxLineLength);
    this.enterLine(text, start, scanEnd, line, doc, caseBlock);
    try {
      this.scanner.scan(text, start, scanEnd);
      if (this.pending.length > 0) {
        this.settleLine(this.out, 0);
      }
      return this.out;
    } finally {
      this.leaveLine();
    }
  }

  /** Sets the state the scanner's callback reads for one line. */
  private enterLine(text: string, start: number, scanEnd: number, line: number, doc: DocumentContext, caseBlock: (line: number) => SwitchBlock | undefined): void {
    this.text = text;
    this.lineStart = start;
    this.lineScanEnd = scanEnd;
    this.line = line;
    this.doc = doc;
    this.caseBlock = caseBlock;
    this.lineHintsCache = undefined;
    this.lastKeyStart = -1;
    if (doc !== this.enclosingDoc) {
      this.enclosingDoc = doc;
      this.lineRecords = LINE_RECORD_LANGUAGES.has(doc.languageId);
      this.indentedKeys = INDENTED_LANGUAGES.has(doc.languageId);
    }
    this.scanner.setEnclosing(this.lineRecords ? start : Math.max(0, start - ENCLOSING_LOOKBACK), this.indentedKeys);
    // Most lines hold no code: they share one (never modified) empty array until a recognition is pushed.
    this.out = NONE;
  }

  /** Drops references to the document text so it can be collected. */
  private leaveLine(): void {
    this.text = '';
    this.doc = undefined;
    this.out = NONE;
    this.sink = undefined;
    this.lastRankingDoc = undefined;
    this.lastByMeaning = undefined;
    this.lastRankingMeaning = undefined;
    this.pending.length = 0;
  }

  /**
   * Keeps a pending recognition of the line in `list[from…]` only when another
   * (not pending) recognition of the line has its best meaning in the same catalog.
   */
  private settleLine(list: Recognition[], from: number): void {
    const pending = this.pending;
    let kept = from;
    for (let i = from; i < list.length; i++) {
      const recognition = list[i] as Recognition;
      if (!pending.includes(recognition) || this.hasSibling(list, from, recognition)) {
        list[kept++] = recognition;
      }
    }
    list.length = kept;
    pending.length = 0;
  }

  private hasSibling(list: readonly Recognition[], from: number, recognition: Recognition): boolean {
    const catalog = recognition.candidates[0]?.catalog;
    for (let i = from; i < list.length; i++) {
      const other = list[i] as Recognition;
      if (other !== recognition && !this.pending.includes(other) && other.candidates[0]?.catalog === catalog) {
        return true;
      }
    }
    return false;
  }

  /** The catalogs that define a label of `block` other than the ambiguous ones (0–9, ordinary words). */
  private catalogsOfBlock(block: SwitchBlock): ReadonlySet<string> {
    let ids = this.blockCatalogs.get(block);
    if (!ids) {
      const found = new Set<string>();
      for (const code of block.handledCodes) {
        if (code < 0 || code > 9) {
          for (const match of this.index.byCode(code)) found.add(match.catalog.id);
        }
      }
      for (const name of block.handledNames) {
        if (isDistinctiveName(name)) {
          for (const match of this.index.byName(name)) found.add(match.catalog.id);
        }
      }
      ids = found;
      this.blockCatalogs.set(block, ids);
    }
    return ids;
  }

  /** Turns a scanner candidate into a recognition, or drops it. */
  private accept(c: RawCandidate): void {
    const doc = this.doc;
    if (!doc) {
      return;
    }
    const text = this.text;
    let meaning: KeyMeaning;
    let literalName: string | undefined;
    if (c.isName) {
      literalName = text.slice(c.start, c.end);
    }
    switch (c.form) {
      case 'http':
        meaning = HTTP_MEANING;
        break;
      case 'bare':
        meaning = literalName !== undefined && isDistinctiveName(literalName) ? BARE_MEANING : NO_MEANING;
        break;
      case 'table':
        meaning = this.tableMeaning;
        break;
      case 'column':
        meaning = this.columnMeaning;
        break;
      case 'argument':
        meaning = this.argumentMeaning;
        break;
      case 'case': {
        const block = this.caseBlock(this.line);
        meaning = block?.key !== undefined ? this.keys.meaningOf(block.key, block.parentKey ?? '', 'key') : NO_MEANING;
        break;
      }
      default: {
        if (c.parentStart < 0 && c.form !== 'member' && c.keyStart === this.lastKeyStart && c.keyEnd === this.lastKeyEnd) {
          meaning = this.lastKeyMeaning;
          break;
        }
        const group: KeyGroup = c.form === 'call' ? 'call' : c.form === 'loose' ? 'loose' : c.form === 'member' ? 'member' : 'key';
        const key = c.keyStart >= 0 ? text.slice(c.keyStart, c.keyEnd) : '';
        const parent = c.parentStart >= 0 ? text.slice(c.parentStart, c.parentEnd) : '';
        meaning = key === '' ? NO_MEANING : this.keys.meaningOf(key, parent, group);
      }
    }
    // A distinctive name means itself even where its surroundings say nothing (`// retry after DELIVERY_FAILURE`).
    if (meaning.strength === 0 && literalName !== undefined && isDistinctiveName(literalName)) {
      meaning = BARE_MEANING;
    }
    if (meaning.strength === 0 || (meaning.httpOnly === true && !(c.code >= 100 && c.code <= 599))) {
      return;
    }
    if (c.bound !== UNBOUNDED && literalName === undefined) {
      this.acceptBound(c, meaning, doc);
      return;
    }
    if (c.form === 'case' && literalName === undefined && this.classCatalogs.length > 0 && this.acceptRangeLabel(c, meaning, doc)) {
      return;
    }
    let lookupName: string | undefined;
    if (literalName !== undefined) {
      // A library's constant (`HttpURLConnection.HTTP_MOVED_TEMP`, `HttpStatusCode.Redirect`) is its code, HTTP whatever the qualifier's words say.
      const constant = c.form === 'member' ? httpConstantCode(literalName, normalizeKey(text.slice(c.keyStart, c.keyEnd))) : undefined;
      if (constant !== undefined) {
        meaning = HTTP_MEANING;
        c.code = constant;
      } else {
        lookupName = c.form === 'member' ? this.known.memberLookupName(literalName) : literalName;
        if (lookupName === undefined) {
          return;
        }
      }
    }
    // 0–9 and names that are ordinary words mean a catalog's code only with evidence for that catalog.
    const requireEvidence = lookupName === undefined ? c.code >= 0 && c.code <= 9 : meaning !== BARE_MEANING && !isDistinctiveName(lookupName);
    let ranking: Ranking;
    let pending = false;
    if (requireEvidence && c.form === 'case') {
      ranking = this.caseRanking(meaning, c, lookupName, doc);
    } else {
      ranking = this.ranking(meaning, c, lookupName, doc, undefined, requireEvidence);
      if (ranking.ambiguous || (requireEvidence && ranking.ranked.length === 0)) {
        const lineHints = this.lineHints();
        if (lineHints.size > 0) {
          ranking = this.ranking(meaning, c, lookupName, doc, lineHints, requireEvidence);
        }
      }
      if (requireEvidence && ranking.ranked.length === 0) {
        // Another code of the same catalog on the line may still speak for it.
        ranking = this.ranking(meaning, c, lookupName, doc, undefined, false, true);
        pending = true;
      }
    }
    const ranked = ranking.ranked;
    const top = ranked[0];
    if (!top || top.confidence < MIN_REPORTED) {
      return;
    }
    const recognition: Recognition = {
      line: this.line,
      start: c.start - this.lineStart,
      end: c.end - this.lineStart,
      text: literalName ?? text.slice(c.start, c.end),
      code: lookupName !== undefined ? top.entry.code : c.code,
      name: literalName,
      key: meaning.key,
      parentKey: meaning.parentKey,
      role: meaning.role,
      form: meaning === BARE_MEANING ? 'bare' : c.form,
      candidates: ranked,
    };
    if (pending) {
      this.pending.push(recognition);
    }
    // A line holds one code far more often than several: the first array is made to fit it.
    if (this.sink) {
      this.sink.push(recognition);
    } else if (this.out === NONE) {
      this.out = [recognition];
    } else {
      this.out.push(recognition);
    }
  }

  /** Whether parameter `index` of the callable at `text[start, end)`, as the document declares it, names codes; sets its meaning. */
  private isCodeParameter(text: string, start: number, end: number, index: number): boolean {
    const signatures = this.doc?.signatures;
    if (!signatures) {
      return false;
    }
    const parameter = signatures.get(text.slice(start, end))?.[index];
    if (parameter === undefined) {
      return false;
    }
    const meaning = this.keys.meaningOf(parameter, '', 'key');
    if (meaning.strength === 0) {
      return false;
    }
    this.argumentMeaning = meaning;
    return true;
  }

  /** Whether the field at `at` lies in a column whose header names codes; sets the meaning the field gets. */
  private isCodeColumn(text: string, lineStart: number, at: number, code: number): boolean {
    const layout = this.doc?.columns;
    if (!layout) {
      return false;
    }
    let meanings = this.columnMeanings.get(layout);
    if (!meanings) {
      meanings = layout.names.map((name) => {
        if (layout.http) {
          return HTTP_STATUS_COLUMNS.has(normalizeKey(name)) ? HTTP_MEANING : undefined;
        }
        const meaning = this.keys.meaningOf(name, '', 'key');
        return meaning.strength > 0 ? meaning : undefined;
      });
      this.columnMeanings.set(layout, meanings);
    }
    const meaning = meanings[columnAt(text, lineStart, at, layout.separator)];
    if (!meaning || (meaning === HTTP_MEANING && !(code >= 100 && code <= 599))) {
      return false;
    }
    this.columnMeaning = meaning;
    return true;
  }

  /**
   * Whether `name` is a name of `code` in some catalog or HTTP library; sets
   * the meaning the table row gets: HTTP, or the catalogs that name it so.
   */
  private nameOfCode(name: string, code: number): boolean {
    const key = normalizeKey(name);
    let ids = '';
    let http = anyHttpConstantCode(key) === code;
    if (!http) {
      for (const match of this.index.byName(name)) {
        if (match.entry.code === code) {
          if (isHttpCatalog(match.catalog)) {
            http = true;
            break;
          }
          ids = ids === '' ? match.catalog.id : `${ids}\u0000${match.catalog.id}`;
        }
      }
    }
    if (http) {
      this.tableMeaning = HTTP_MEANING;
      return true;
    }
    if (ids === '') {
      return false;
    }
    let meaning = this.tableMeanings.get(ids);
    if (!meaning) {
      meaning = { ...NAMED_MEANING, declaredKey: new Set(ids.split('\u0000')) };
      this.tableMeanings.set(ids, meaning);
    }
    this.tableMeaning = meaning;
    return true;
  }

  /**
   * A bound of a range test (`status >= 400`, `code < 500`) stands for a class
   * of codes, not for the status it names: it is recognised as the class it
   * starts (400 of 4xx, 500 of 5xx) when the key reads as that catalog's, and
   * not at all otherwise.
   */
  private acceptBound(c: RawCandidate, meaning: KeyMeaning, doc: DocumentContext): void {
    const code = c.code;
    const upper = c.bound === BELOW || c.bound === AT_MOST;
    // `>= 400` and `< 500` name the starts of 4xx and 5xx; `>= 404` and `<= 599` name none; an upper bound
    // with no class below it (`code < 100`) tests for "no status at all".
    this.acceptClass(c, meaning, doc, (classes) => {
      const codeClass = classes.find((k) => k.code === code);
      return codeClass && (!upper || classes.some((k) => k.to === code - 1)) ? codeClass : undefined;
    });
  }

  /**
   * An end of a range label that spans exactly one class (`200..=299 =>`,
   * `case 200..<300:`, `in 500..599 ->`) stands for the class; returns whether
   * the label is such a range, recognised or not.
   */
  private acceptRangeLabel(c: RawCandidate, meaning: KeyMeaning, doc: DocumentContext): boolean {
    const ends = rangeLabelEnds(this.text, c.start, c.end, this.lineStart, this.lineScanEnd);
    if (ends === undefined) {
      return false;
    }
    const [first, last, exclusive] = ends;
    const spans = (k: CodeClass) => k.code === first && (k.to === last || (exclusive && k.to === last - 1));
    if (exclusive && c.code === last && c.code !== first) {
      // The open end of `200..<300` lies outside the class the range spans: it means nothing of its own.
      return this.classCatalogs.some((catalog) => (catalog.classes as readonly CodeClass[]).some(spans));
    }
    return this.acceptClass(c, meaning, doc, (classes) => classes.find(spans));
  }

  /** Recognises the literal of `c` as the class `pick` chooses in the first catalog with classes whose key reading fits; returns whether one was found. */
  private acceptClass(c: RawCandidate, meaning: KeyMeaning, doc: DocumentContext, pick: (classes: readonly CodeClass[]) => CodeClass | undefined): boolean {
    for (const catalog of this.classCatalogs) {
      const codeClass = pick(catalog.classes as readonly CodeClass[]);
      if (!codeClass) {
        continue;
      }
      // Whether the key reads as this catalog's: the class's first code, ranked as the literal would be.
      const matches = onePerCatalog(this.index.byCode(codeClass.code));
      const { ranked } = rankMatches(matches, meaning, c.formStrength, { doc, providerChannelMax: this.providerChannelMax });
      const top = ranked[0];
      if (!top || top.catalog !== catalog || top.confidence < MIN_REPORTED) {
        continue;
      }
      const recognition: Recognition = {
        line: this.line,
        start: c.start - this.lineStart,
        end: c.end - this.lineStart,
        text: this.text.slice(c.start, c.end),
        code: c.code,
        key: meaning.key,
        parentKey: meaning.parentKey,
        role: meaning.role,
        form: c.form,
        candidates: [{ catalog, entry: codeClass, confidence: top.confidence, reasons: [...top.reasons, `a bound of a range stands for the class ${codeClass.name}`] }],
      };
      if (this.sink) {
        this.sink.push(recognition);
      } else if (this.out === NONE) {
        this.out = [recognition];
      } else {
        this.out.push(recognition);
      }
      return true;
    }
    return false;
  }

  /** The ranking of a literal, memoised per document context, key meaning, literal and form strength. */
  private ranking(
    meaning: KeyMeaning,
    c: RawCandidate,
    name: string | undefined,
    doc: DocumentContext,
    lineHints: ReadonlyMap<string, number> | undefined,
    requireEvidence: boolean,
    provisional = false,
  ): Ranking {
    let byLiteral: Map<number | string, Ranking> | undefined;
    if (doc === this.lastRankingDoc && meaning === this.lastRankingMeaning) {
      byLiteral = this.lastByLiteral;
    } else {
      let byMeaning = doc === this.lastRankingDoc ? this.lastByMeaning : undefined;
      if (!byMeaning) {
        byMeaning = this.rankings.get(doc);
        if (!byMeaning) {
          byMeaning = new Map();
          this.rankings.set(doc, byMeaning);
        }
        this.lastRankingDoc = doc;
        this.lastByMeaning = byMeaning;
      }
      byLiteral = byMeaning.get(meaning);
      if (!byLiteral) {
        byLiteral = new Map();
        byMeaning.set(meaning, byLiteral);
      }
      this.lastRankingMeaning = meaning;
      this.lastByLiteral = byLiteral;
    }
    const strengthKey = Math.round(c.formStrength * 100);
    // A zero-padded number (`"004"`) ranks apart from the same number written plainly.
    const padded = name === undefined && c.digits > 1 && Math.abs(c.code) < (POWERS_OF_TEN[c.digits - 1] as number);
    let memoKey: number | string = name === undefined ? (padded ? `${c.code}\u0002${c.digits}\u0000${strengthKey}` : c.code * 128 + strengthKey) : `${name}\u0000${strengthKey}`;
    if (provisional) {
      // The same literal ranked without the evidence it would need, for a line that may supply it.
      memoKey = `${memoKey}\u0001`;
    }
    if (lineHints) {
      memoKey = `${memoKey}\u0000${this.lineHintSignature}`;
    }
    let ranked = byLiteral.get(memoKey);
    if (!ranked) {
      const matches = onePerCatalog(name === undefined ? this.index.byCode(c.code) : this.index.byName(name));
      const context: RankContext = {
        doc,
        providerChannelMax: this.providerChannelMax,
        requireEvidence,
        explicitEvidence: name === undefined && c.code === 0,
        ...(name === undefined ? { digits: c.digits } : {}),
        ...(lineHints ? { lineHints } : {}),
      };
      ranked = matches.length === 0 ? NO_RANKING : rankMatches(matches, meaning, c.formStrength, context);
      if (byLiteral.size > CACHE_LIMIT) {
        byLiteral.clear();
      }
      byLiteral.set(memoKey, ranked);
    }
    return ranked;
  }

  /** The ranking of an ambiguous case label, with the other labels of its block as evidence; not memoised, labels are few. */
  private caseRanking(meaning: KeyMeaning, c: RawCandidate, name: string | undefined, doc: DocumentContext): Ranking {
    const block = this.caseBlock(this.line);
    const matches = onePerCatalog(name === undefined ? this.index.byCode(c.code) : this.index.byName(name));
    if (matches.length === 0) {
      return NO_RANKING;
    }
    const lineHints = this.lineHints();
    return rankMatches(matches, meaning, c.formStrength, {
      doc,
      providerChannelMax: this.providerChannelMax,
      requireEvidence: true,
      explicitEvidence: name === undefined && c.code === 0,
      ...(name === undefined ? { digits: c.digits } : {}),
      lineHints,
      ...(block ? { siblingCatalogs: this.catalogsOfBlock(block) } : {}),
    });
  }

  /** Catalogs the current line mentions, read once per line and only when a ranking is ambiguous. */
  private lineHints(): ReadonlyMap<string, number> {
    if (!this.lineHintsCache) {
      this.lineHintSignature = this.hints.signature(this.text, this.lineStart, this.lineScanEnd);
      this.lineHintsCache = this.hints.weightsOf(this.lineHintSignature);
    }
    return this.lineHintsCache;
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

/**
 * Where a whole-document scan stands between two batches; made by
 * `Recognizer.scanDocument`. The fields are the scan loop's state, read and
 * written only by `Recognizer.scanBatch`.
 */
export class DocumentScan {
  rangeIndex = 0;
  line = 0;
  pos = 0;
  previousStart = -1;
  candidate = UNSTARTED;
  scanned = 0;
  readonly markers: IgnoreMarkers;

  constructor(
    private readonly recognizer: Recognizer,
    readonly text: string,
    readonly doc: DocumentContext,
    readonly ranges: readonly LineRange[],
    readonly caseBlock: (line: number) => SwitchBlock | undefined,
    readonly isCancelled: (() => boolean) | undefined,
  ) {
    this.markers = new IgnoreMarkers(text, recognizer.options.ignoreComment);
  }

  /** The recognitions of the next lines with codes, at most `maxLines` lines, in order; empty when the scan is over. */
  next(maxLines: number): Recognition[] {
    const out: Recognition[] = [];
    this.recognizer.scanBatch(this, out, maxLines);
    return out;
  }
}

/** Where the recognitions of the line of `recognitions[start]` end in a batch of `DocumentScan.next`, which keeps each line's together. */
export function lineRunEnd(recognitions: readonly Recognition[], start: number): number {
  const line = (recognitions[start] as Recognition).line;
  let end = start + 1;
  while (end < recognitions.length && (recognitions[end] as Recognition).line === line) end++;
  return end;
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

/**
 * A name known to a catalog but said without context counts only when it
 * cannot be an ordinary word: `DELIVERY_FAILURE` yes, `READ` or `QUEUED` no.
 */
function isDistinctiveName(name: string): boolean {
  return name.length >= 8 && name.includes('_');
}

/**
 * The ends of the range label the number at `text[start, end)` is an end of
 * (`200..=299`, `200..<300`, `200...299`, `200..299`), and whether the last
 * end may be exclusive (`..<`, and `..`, which Rust reads so); undefined when
 * the number is no end of a range. Reads only within `[from, to)`.
 */
function rangeLabelEnds(text: string, start: number, end: number, from: number, to: number): [number, number, boolean] | undefined {
  let k = end;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (text.startsWith('..', k)) {
    const [opEnd, exclusive] = rangeOperator(text, k);
    const [other] = numberAt(text, opEnd, to);
    return other === undefined ? undefined : [Number(text.slice(start, end)), other, exclusive];
  }
  k = start;
  while (k > from && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  // Before the number: the end of `..`, `...`, `..=` or `..<`.
  let opStart = k;
  while (opStart > from && (text.charCodeAt(opStart - 1) === 46 || text.charCodeAt(opStart - 1) === 61 || text.charCodeAt(opStart - 1) === 60)) opStart--;
  if (opStart === k || !text.startsWith('..', opStart)) {
    return undefined;
  }
  const [opEnd, exclusive] = rangeOperator(text, opStart);
  if (opEnd !== k) {
    return undefined;
  }
  let numberEnd = opStart;
  while (numberEnd > from && (text.charCodeAt(numberEnd - 1) === 32 || text.charCodeAt(numberEnd - 1) === 9)) numberEnd--;
  let numberStart = numberEnd;
  while (numberStart > from && text.charCodeAt(numberStart - 1) >= 48 && text.charCodeAt(numberStart - 1) <= 57) numberStart--;
  if (numberStart === numberEnd) {
    return undefined;
  }
  return [Number(text.slice(numberStart, numberEnd)), Number(text.slice(start, end)), exclusive];
}

/** Where the range operator at `at` (which starts with `..`) ends, and whether its end is exclusive or may be. */
function rangeOperator(text: string, at: number): [number, boolean] {
  const third = text.charCodeAt(at + 2);
  if (third === 61 /* = */ || third === 46 /* . */) {
    return [at + 3, false];
  }
  if (third === 60 /* < */) {
    return [at + 3, true];
  }
  return [at + 2, true];
}

/** The number starting at `at` after spaces, and where it ends; [undefined] when there is none. */
function numberAt(text: string, at: number, to: number): [number | undefined, number] {
  let k = at;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const start = k;
  while (k < to && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  return k === start ? [undefined, k] : [Number(text.slice(start, k)), k];
}

/** 10^n for the digit counts a scanned number can have: a number of `n + 1` digits below 10^n has a leading zero. */
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/** The first entry of each catalog: exact codes come before ranges, and a repeated row counts once. */
function onePerCatalog(matches: readonly CatalogMatch[]): CatalogMatch[] {
  const seen = new Set<string>();
  const result: CatalogMatch[] = [];
  for (const match of matches) {
    if (!seen.has(match.catalog.id)) {
      seen.add(match.catalog.id);
      result.push(match);
    }
  }
  return result;
}

function normalizeRanges(ranges: readonly LineRange[] | undefined): LineRange[] {
  if (!ranges || ranges.length === 0) {
    return [{ start: 0, end: Number.MAX_SAFE_INTEGER }];
  }
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, Math.min(r.start, r.end)), end: Math.max(r.start, r.end) }))
    .sort((a, b) => a.start - b.start);
  const merged: LineRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end + 1) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/** Whether a language holds data rather than code (no `switch` blocks are looked for). */
export function isDataLanguage(languageId: string): boolean {
  return DATA_LANGUAGES.has(languageId);
}
