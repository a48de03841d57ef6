import type { CatalogIndex } from '../catalog/catalogIndex';
import { normalizeKey } from '../catalog/normalize';
import type { Catalog, CatalogMatch } from '../catalog/types';
import type { SwitchBlock } from '../switch/types';
import type { HintMatcher } from './hints';
import { CodeClasses } from './codeClasses';
import { anyHttpConstantCode, httpConstantCode } from './httpConstants';
import { isLibraryQualifier, libraryReadings, spelledByLibrary, type LibraryReading } from './libraryConstants';
import { BARE_MEANING, ELEMENT_MEANING, HTTP_MEANING, KeyMeanings, NAMED_MEANING, NO_MEANING, type KeyGroup } from './keyMeanings';
import { ENCLOSING_LOOKBACK } from './keyReader';
import type { KnownLiterals } from './knownLiterals';
import { isQuantityName } from './keyRoles';
import { isIndentedLanguage, isLineRecordLanguage } from './languages';
import { LineScanner } from './lineScanner';
import { columnAt, isHttpStatusColumn, type ColumnLayout } from './logColumns';
import { isHttpCatalog, MIN_CONFIDENCE, NO_RANKING, onePerCatalog, rankMatches, type KeyMeaning, type RankContext, type Ranking } from './rank';
import { RankingMemo } from './rankingMemo';
import { DECIMAL, DOTTED, HEX, NO_BOUND, type KeyInterest, type KeyKind, type RawCandidate, type ScannerHooks } from './scannerTypes';
import type { DocumentContext, LiteralForm, RankedMatch, Recognition } from './types';

/** The document hint a catalog needs before a bare constant of four or more digits is read as its code. */
const CLEAR_CONSTANT_HINT = 0.5;

/** The confidence a code needs before `#` and the same digits elsewhere on its line are read as quoting it. */
const QUOTED_CODE_CONFIDENCE = 0.5;

/** Letters, digits and `_`: a `#` or number glued to one is part of a word (`abc#12`, `#1234x`). */
function isWordCode(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95;
}

/** The shared "no recognitions yet" array of a line; never pushed to. */
const NONE: Recognition[] = [];

// Copied once: the hot path compares against a local, not a module binding.
const MIN_REPORTED = MIN_CONFIDENCE;
const UNBOUNDED = NO_BOUND;

/**
 * Answers the line scanner's questions and turns its candidates into
 * recognitions: the scanner asks whether a key, code or name can matter, and
 * hands over each literal it finds; this decides what the literal means from
 * its key, the line and the document, and collects the recognitions of the
 * line being scanned (set with `enterLine`) into its sink.
 */
export class CandidateAcceptor implements ScannerHooks {
  /** The scanner that calls back here; one per acceptor, as it reads this acceptor's line state. */
  readonly scanner: LineScanner;
  /**
   * Recognitions of the current line that stand only if another code of the
   * line belongs to the same catalog (`"statusCode":4` beside `"SENT_TO_SUPPLIER"`);
   * settled by `settleLine` when the line ends. Empty on almost every line.
   */
  readonly pending: Recognition[] = [];
  /**
   * The pending recognitions that are elements of a collection (see `acceptElement`): another element of the
   * line with its best meaning in the same catalog speaks for them as well.
   */
  private readonly elements: Recognition[] = [];

  private readonly memo: RankingMemo;
  /** Catalogs with classes of codes (HTTP's 1xx–5xx), for the bounds of range tests and range labels. */
  private readonly classes: CodeClasses;

  // The line being scanned; set by `enterLine` for the scanner's callbacks.
  private text = '';
  private lineStart = 0;
  private lineScanEnd = 0;
  private line = 0;
  private doc: DocumentContext | undefined;
  private out: Recognition[] = NONE;
  /** Where a whole-document batch collects recognitions; `out` collects them for one line otherwise. */
  private sink: Recognition[] | undefined;
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
  /** Whether the lines of `enclosingDoc` are records of their own; asked once per document, not per line. */
  private enclosingDoc: DocumentContext | undefined;
  private lineRecords = true;
  private indentedKeys = false;
  /** The words of each catalog's context keys, for `acceptConstant`. */
  private readonly catalogKeyWords = new WeakMap<Catalog, ReadonlySet<string>>();
  /** Catalogs the labels of a `switch` belong to, per block, as evidence for its small labels. */
  private readonly blockCatalogs = new WeakMap<SwitchBlock, ReadonlySet<string>>();
  /** Answers of `httpSymbolCode`, by symbol. */
  private readonly httpSymbols = new Map<string, number>();
  /** Answers of `isKnownCamelName`, by word: logs repeat the same few words. */
  private readonly camelNames = new Map<string, boolean>();
  /** Catalogs with lower-case word codes, and the document the scanner was last readied for. */
  private readonly wordCatalogs: ReadonlySet<string>;
  private wordDoc: DocumentContext | undefined;

  constructor(
    private readonly index: CatalogIndex,
    private readonly known: KnownLiterals,
    private readonly keys: KeyMeanings,
    private readonly hints: HintMatcher,
    private readonly providerChannelMax: RankContext['providerChannelMax'],
  ) {
    this.memo = new RankingMemo(index, providerChannelMax);
    this.classes = new CodeClasses(index, providerChannelMax);
    const words = lowerCaseWordCodes(index);
    this.wordCatalogs = new Set(words.map(({ catalog }) => catalog));
    this.scanner = new LineScanner(this, words.map(({ word }) => word));
  }

  /**
   * Readies the scanner for `doc`: the search stops at lower-case word codes
   * only where the document names (or the user prefers) a catalog that has them.
   */
  useDocument(doc: DocumentContext): void {
    if (doc === this.wordDoc) {
      return;
    }
    this.wordDoc = doc;
    let on = false;
    for (const id of this.wordCatalogs) {
      if ((doc.hintedCatalogs.get(id) ?? 0) > 0 || doc.preferredCatalogs.includes(id)) {
        on = true;
        break;
      }
    }
    this.scanner.useWordCodes(on);
    this.scanner.useSymbols(SYMBOL_LANGUAGES.has(doc.languageId));
  }

  /**
   * The recognitions of one line, `text[start, scanEnd)`, in a new array; `text` may hold the
   * lines above it too, where a key's enclosing object is looked for.
   */
  scanLine(text: string, start: number, scanEnd: number, line: number, doc: DocumentContext, caseBlock: (line: number) => SwitchBlock | undefined): Recognition[] {
    this.enterLine(text, start, scanEnd, line, doc, caseBlock);
    try {
      this.scanner.scan(text, start, scanEnd);
      if (this.pending.length > 0) {
        this.settleLine(this.out, 0);
      }
      if (this.out.length > 0) {
        this.quotedCodes(this.out, 0);
      }
      // The shared empty array never leaves: the caller may push to what it gets.
      return this.out === NONE ? [] : this.out;
    } finally {
      this.leaveLine();
    }
  }

  /** Makes the recognitions of the lines entered from now on go to `out`, until `leaveLine`. */
  collectInto(out: Recognition[]): void {
    this.sink = out;
  }

  /** Sets the state the scanner's callbacks read for one line. */
  enterLine(text: string, start: number, scanEnd: number, line: number, doc: DocumentContext, caseBlock: (line: number) => SwitchBlock | undefined): void {
    this.text = text;
    this.lineStart = start;
    this.lineScanEnd = scanEnd;
    this.line = line;
    this.doc = doc;
    this.caseBlock = caseBlock;
    this.useDocument(doc);
    this.lineHintsCache = undefined;
    this.lastKeyStart = -1;
    if (doc !== this.enclosingDoc) {
      this.enclosingDoc = doc;
      this.lineRecords = isLineRecordLanguage(doc.languageId);
      this.indentedKeys = isIndentedLanguage(doc.languageId);
    }
    this.scanner.setEnclosing(this.lineRecords ? start : Math.max(0, start - ENCLOSING_LOOKBACK), this.indentedKeys);
    // Most lines hold no code: they share one (never modified) empty array until a recognition is pushed.
    this.out = NONE;
  }

  /** Drops references to the document text so it can be collected. */
  leaveLine(): void {
    this.text = '';
    this.doc = undefined;
    this.out = NONE;
    this.sink = undefined;
    this.memo.release();
    this.pending.length = 0;
    this.elements.length = 0;
  }

  /**
   * Keeps a pending recognition of the line in `list[from…]` only when another
   * (not pending) recognition of the line has its best meaning in the same catalog.
   */
  settleLine(list: Recognition[], from: number): void {
    const pending = new Set(this.pending);
    // The catalogs the line's other codes have their best meanings in, and how many elements each catalog could take in.
    const settled = new Set<Catalog>();
    for (let i = from; i < list.length; i++) {
      const recognition = list[i] as Recognition;
      const top = recognition.candidates[0];
      if (top && !pending.has(recognition)) settled.add(top.catalog);
    }
    const elements = new Set(this.elements);
    const couldBe = new Map<Catalog, number>();
    for (const element of elements) {
      for (const { catalog } of element.candidates) couldBe.set(catalog, (couldBe.get(catalog) ?? 0) + 1);
    }
    let kept = from;
    for (let i = from; i < list.length; i++) {
      const recognition = list[i] as Recognition;
      if (!pending.has(recognition)) {
        list[kept++] = recognition;
      } else if (elements.has(recognition)) {
        // The elements of a collection are codes of one catalog: the best meaning another code of the line or another element agrees with.
        const agreed = recognition.candidates.findIndex(({ catalog }) => settled.has(catalog) || (couldBe.get(catalog) ?? 0) >= 2);
        if (agreed >= 0) {
          list[kept++] = agreed === 0 ? recognition : withBest(recognition, agreed);
        }
      } else if (settled.has((recognition.candidates[0] as RankedMatch).catalog)) {
        list[kept++] = recognition;
      }
    }
    list.length = kept;
    this.pending.length = 0;
    this.elements.length = 0;
  }

  /**
   * A number sign before a code the line holds elsewhere (`"message":"(#131009) Parameter value is not
   * valid",…,"code":131009`, Meta's Graph errors): the message quotes that code, so it means the same.
   * Only lines with a recognition that earns a lens get here, and only its exact digits are looked for;
   * `firstHash` is the line's first `#` when the caller has found it already.
   */
  quotedCodes(list: Recognition[], from: number, firstHash?: number): void {
    const text = this.text;
    const end = this.lineScanEnd;
    // The text may be the whole document: the search for `#` stays within the line, or a document without one would be
    // read again for every line; a whole-document scan passes the line's first `#`, found once for all lines before it.
    let at = firstHash ?? hashWithin(text, this.lineStart, end);
    if (at < 0 || at >= end) {
      return;
    }
    // Each code the line gives, by its digits; then each `#` is looked at once: linear in the line and its codes.
    const codes = new Map<string, Recognition>();
    for (let i = from; i < list.length; i++) {
      const recognition = list[i] as Recognition;
      const top = recognition.candidates[0];
      if (top && top.confidence >= QUOTED_CODE_CONFIDENCE && recognition.name === undefined && (recognition.code ?? 0) >= 100 && !codes.has(recognition.text)) {
        codes.set(recognition.text, recognition);
      }
    }
    if (codes.size === 0) {
      return;
    }
    const count = list.length;
    const taken = new Set<number>();
    for (let i = from; i < count; i++) taken.add((list[i] as Recognition).start);
    for (; at >= 0; at = hashWithin(text, at + 1, end)) {
      const start = at + 1;
      let stop = start;
      while (stop < end && stop - start < 10 && text.charCodeAt(stop) >= 48 && text.charCodeAt(stop) <= 57) stop++;
      if (stop === start || isWordCode(text.charCodeAt(stop)) || (at > this.lineStart && isWordCode(text.charCodeAt(at - 1)))) {
        continue;
      }
      const digits = text.slice(start, stop);
      const recognition = codes.get(digits);
      const column = start - this.lineStart;
      if (recognition === undefined || taken.has(column)) {
        continue;
      }
      taken.add(column);
      list.push({
        ...recognition,
        start: column,
        end: column + digits.length,
        form: 'loose',
        candidates: recognition.candidates.map((candidate) => ({ ...candidate, reasons: [...candidate.reasons, `the line gives ${digits} as its code`] })),
      });
    }
    if (list.length > count) {
      // Recognitions of a line stay in the order of their positions.
      const line = list.splice(from).sort((a, b) => a.start - b.start);
      list.push(...line);
    }
  }

  keyInterest(text: string, start: number, end: number, kind: KeyKind): KeyInterest {
    const meaning = this.keys.meaningAt(text, start, end, kind);
    this.lastKeyStart = start;
    this.lastKeyEnd = end;
    this.lastKeyMeaning = meaning;
    return KeyMeanings.interest(meaning);
  }

  isKnownCode(code: number): boolean {
    return this.known.isKnownCode(code);
  }

  isClassCode(code: number): boolean {
    // A code a catalog with classes does not list may still stand for its class (see `CodeClasses.ofUnlisted`).
    return this.classes.covers(code);
  }

  isKnownHexCode(code: number): boolean {
    return this.known.isKnownHexCode(code);
  }

  isKnownDottedCode(code: number): boolean {
    return this.known.isKnownDottedCode(code);
  }

  isReplyDetailedBy(code: number, dotted: number): boolean {
    const enhanced = this.index.byDotted(dotted)[0];
    if (!enhanced) {
      return false;
    }
    // The basic replies are the catalogs of the enhanced codes' protocol: same provider, same product.
    const { provider, product } = enhanced.catalog;
    const ids = onePerCatalog(this.index.byCode(code))
      .filter(({ catalog }) => catalog.provider === provider && catalog.product === product)
      .map(({ catalog }) => catalog.id);
    // A reply the protocol's catalog does not list (`535 5.7.8`) is still one of its replies, read as its class.
    ids.push(...this.classes.unlistedIn(code, provider, product).map((catalog) => catalog.id));
    if (ids.length === 0) {
      return false;
    }
    this.tableMeaning = this.meaningNaming(ids.join('\u0000'), `${product ?? provider} reply`);
    return true;
  }

  isKnownCamelName(text: string, start: number, end: number): boolean {
    // HTTP's reason phrases (`Created`, `Found`) are ordinary words in camel case: only other catalogs' names count.
    if (end - start < 4 || !this.known.mayBeNameOfCode(text, start, end)) {
      return false;
    }
    const name = text.slice(start, end);
    let known = this.camelNames.get(name);
    if (known === undefined) {
      known = this.known.isKnownName(name) ? this.index.byName(name).some((match) => !isHttpCatalog(match.catalog)) : spelledByLibrary(name) !== undefined;
      if (this.camelNames.size > 10_000) {
        this.camelNames.clear();
      }
      this.camelNames.set(name, known);
    }
    return known;
  }

  isKnownName(text: string, start: number, end: number): boolean {
    return this.known.isKnownWord(text, start, end);
  }

  // The name is asked about first: its answers are cached, and most members name no code.
  isKnownMember(text: string, qualifierStart: number, qualifierEnd: number, start: number, end: number): boolean {
    const name = text.slice(start, end);
    const qualifier = text.slice(qualifierStart, qualifierEnd);
    const normalized = normalizeKey(qualifier);
    if (isLibraryQualifier(normalized) && libraryReadings(name, [normalized], this.index.codeOfName).length > 0) {
      return true;
    }
    return (this.known.memberLookupName(name) !== undefined || httpConstantCode(name, normalized) !== undefined) && this.keys.isCodeQualifier(qualifier);
  }

  httpSymbolCode(text: string, start: number, end: number): number {
    if (!this.known.mayBeNameOfCode(text, start, end)) {
      return -1;
    }
    const name = text.slice(start, end);
    let code = this.httpSymbols.get(name);
    if (code === undefined) {
      code = this.index.byName(name).find((match) => isHttpCatalog(match.catalog))?.entry.code ?? -1;
      if (this.httpSymbols.size > 10_000) {
        this.httpSymbols.clear();
      }
      this.httpSymbols.set(name, code);
    }
    return code;
  }

  isNameOfCode(text: string, start: number, end: number, code: number): boolean {
    return this.known.mayBeNameOfCode(text, start, end) && this.nameOfCode(text.slice(start, end), code);
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
  accept(c: RawCandidate): void {
    const doc = this.doc;
    if (!doc) {
      return;
    }
    const text = this.text;
    if (c.notation === DOTTED) {
      this.acceptDotted(c, doc);
      return;
    }
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
    // Another protocol's library constant (`codes.Unavailable`, `grpc.StatusCode.NOT_FOUND`) is its catalog's code, whatever the qualifier's words say.
    let library: LibraryReading | undefined;
    // An HTTP library's constant (`HttpURLConnection.HTTP_MOVED_TEMP`): read once, for the reading above and the one below.
    const httpConstant = c.form === 'member' && literalName !== undefined ? httpConstantCode(literalName, normalizeKey(text.slice(c.keyStart, c.keyEnd))) : undefined;
    if (c.form === 'member' && literalName !== undefined) {
      library = this.libraryConstant(literalName, doc, httpConstant !== undefined, c.keyStart, c.keyEnd);
      if (library !== undefined) {
        meaning = this.meaningNaming(library.catalogId, text.slice(c.keyStart, c.keyEnd));
      }
    } else if (literalName !== undefined && !this.index.hasName(literalName)) {
      // A library's own spelling under a key, as its logs print it (`"grpc.code":"Canceled"`); the key still has to say "code".
      library = spelledByLibrary(literalName);
    }
    // A distinctive name means itself even where its surroundings say nothing (`// retry after DELIVERY_FAILURE`).
    if (meaning.strength === 0 && literalName !== undefined && isDistinctiveName(literalName)) {
      meaning = BARE_MEANING;
    }
    if (meaning.strength === 0 || (meaning.httpOnly === true && !(c.code >= 100 && c.code <= 599))) {
      return;
    }
    if (c.bound !== UNBOUNDED && literalName === undefined) {
      const match = this.classes.ofBound(c, meaning, doc);
      if (match) {
        this.emitClass(c, meaning, match);
      }
      return;
    }
    if (c.form === 'case' && literalName === undefined && this.classes.any) {
      const match = this.classes.ofRangeLabel(c, meaning, doc, text, this.lineStart, this.lineScanEnd);
      if (match !== undefined) {
        if (match !== null) {
          this.emitClass(c, meaning, match);
        }
        return;
      }
    }
    let lookupName: string | undefined;
    if (literalName !== undefined) {
      // A library's constant (`HttpURLConnection.HTTP_MOVED_TEMP`, `HttpStatusCode.Redirect`) is its code, HTTP whatever the qualifier's words say.
      const constant = library === undefined ? httpConstant : undefined;
      if (library !== undefined) {
        c.code = library.code;
      } else if (constant !== undefined) {
        meaning = HTTP_MEANING;
        c.code = constant;
      } else {
        lookupName = c.form === 'member' ? this.known.memberLookupName(literalName) : literalName;
        if (lookupName === undefined) {
          return;
        }
      }
    }
    // 0–9 and names that are ordinary words mean a catalog's code only with evidence for that catalog; so does an
    // identifier that only spells a title (`RATE_LIMIT_EXCEEDED` for "Rate limit exceeded"), which code names its own things.
    // A library's constant is evidence enough: `codes.ResourceExhausted` says gRPC as plainly as a hint would.
    const requireEvidence =
      lookupName === undefined
        ? c.code >= 0 && c.code <= 9 && library === undefined
        : (meaning !== BARE_MEANING && !isDistinctiveName(lookupName)) || !this.known.isSymbolicName(lookupName);
    let ranking: Ranking;
    let pending = false;
    if (requireEvidence && c.form === 'case') {
      ranking = this.caseRanking(meaning, c, lookupName, doc);
    } else {
      ranking = this.memo.ranking(meaning, c, lookupName, doc, undefined, 0, requireEvidence);
      if (ranking.ambiguous || (requireEvidence && ranking.ranked.length === 0)) {
        const lineHints = this.lineHints();
        if (lineHints.size > 0) {
          ranking = this.memo.ranking(meaning, c, lookupName, doc, lineHints, this.lineHintSignature, requireEvidence);
        }
      }
      if (requireEvidence && ranking.ranked.length === 0) {
        // Another code of the same catalog on the line may still speak for it.
        ranking = this.memo.ranking(meaning, c, lookupName, doc, undefined, 0, false, true);
        pending = true;
      }
    }
    // A library's constant names its own catalog's code only.
    const ranked = library === undefined ? ranking.ranked : ranking.ranked.filter((match) => match.catalog.id === library.catalogId);
    const top = ranked[0];
    if (!top || top.confidence < MIN_REPORTED) {
      const match = ranked.length === 0 && lookupName === undefined && c.notation === DECIMAL ? this.classes.ofUnlisted(c, meaning, doc) : undefined;
      if (match) {
        this.emitClass(c, meaning, match);
      }
      return;
    }
    const recognition = this.recognitionOf(c, literalName, lookupName !== undefined ? top.entry.code : c.code, meaning, meaning === BARE_MEANING ? 'bare' : c.form, ranked);
    if (pending) {
      this.pending.push(recognition);
    }
    this.emit(recognition);
  }

  /**
   * The code a library of another protocol than HTTP gives the member `name`
   * under the qualifier of the current candidate (see `libraryConstants.ts`).
   * Qualifiers that HTTP libraries use too (`Status`, `StatusCode`, `status`)
   * read so only when written in full (`grpc.StatusCode`, `Status.Code`) or
   * when the document names the catalog; `alsoHttp` says that an HTTP library
   * has the name under this qualifier.
   */
  private libraryConstant(name: string, doc: DocumentContext, alsoHttp: boolean, keyStart: number, keyEnd: number): LibraryReading | undefined {
    const segments = qualifierChain(this.text, this.lineStart, keyStart, keyEnd);
    const reading = libraryReadings(name, segments, this.index.codeOfName)[0];
    if (!reading) {
      return undefined;
    }
    const last = segments[segments.length - 1] ?? '';
    const generic = alsoHttp || last === 'status' || last === 'statuscode' || last === 'code';
    return !generic || reading.specificity >= 2 || (doc.hintedCatalogs.get(reading.catalogId) ?? 0) > 0 ? reading : undefined;
  }

  /** The provider of a catalog by id, for the ranking. */
  private readonly providerOf = (catalogId: string): string | undefined => this.index.catalog(catalogId)?.provider;

  /** A key meaning that declares the catalogs `ids` (joined by NUL), as a qualifier of its own library does, named `label` in reasons; made once per set. */
  private meaningNaming(ids: string, label: string): KeyMeaning {
    const memo = `${ids}\u0001${label}`;
    let meaning = this.tableMeanings.get(memo);
    if (!meaning) {
      meaning = { ...NAMED_MEANING, label, declaredKey: new Set(ids.split('\u0000')) };
      this.tableMeanings.set(memo, meaning);
    }
    return meaning;
  }

  /**
   * A dotted code (`5.1.1`): its row in each dotted catalog (or the row of
   * its any-class form, `X.1.1`), when the SMTP reply before it (`550 5.1.1`)
   * or a key that names codes (`dsn=`, `Status:`) says it is one. Only dotted
   * catalogs have such codes, so the ranking is theirs alone: the reply is
   * the stronger witness.
   */
  private acceptDotted(c: RawCandidate, doc: DocumentContext): void {
    let strength: number;
    let reason: string;
    let key: string | undefined;
    if (c.form === 'table') {
      strength = 0.9;
      key = this.text.slice(c.keyStart, c.keyEnd);
      reason = `follows the reply code ${key}, whose first digit is its class`;
    } else {
      key = c.keyStart >= 0 ? this.text.slice(c.keyStart, c.keyEnd) : undefined;
      const meaning = key === undefined ? NO_MEANING : this.keys.meaningOf(key, c.parentStart >= 0 ? this.text.slice(c.parentStart, c.parentEnd) : '', 'key');
      if (meaning.strength === 0) {
        this.acceptDottedUnderWord(c, doc, key ?? '', meaning.dottedWordOf);
        return;
      }
      strength = 0.6 + 0.3 * Math.min(1, meaning.strength) * c.formStrength;
      reason = `key "${key ?? ''}" names codes`;
    }
    const matches = this.index.byDotted(c.code);
    if (matches.length === 0) {
      return;
    }
    const candidates = matches.map((match) => {
      const hinted = (doc.hintedCatalogs.get(match.catalog.id) ?? 0) > 0;
      return { ...match, confidence: Math.min(1, strength + (hinted ? 0.05 : 0)), reasons: hinted ? [reason, 'the document names the catalog'] : [reason] };
    });
    this.emitLiteral(c, { key, parentKey: undefined, role: undefined }, candidates);
  }

  /**
   * A dotted code under a key spelled from the words of its catalog's keys (`enhanced === '5.7.1'`, beside `enhancedCode`),
   * in a document that clearly names that catalog, as a constant beside `closeCode` is read (see `acceptConstant`).
   */
  private acceptDottedUnderWord(c: RawCandidate, doc: DocumentContext, key: string, catalogs: ReadonlySet<string> | undefined): void {
    if (catalogs === undefined) {
      return;
    }
    const candidates: RankedMatch[] = [];
    for (const match of this.index.byDotted(c.code)) {
      const hint = doc.hintedCatalogs.get(match.catalog.id) ?? 0;
      if (catalogs.has(match.catalog.id) && hint >= CLEAR_CONSTANT_HINT) {
        const reasons = [`"${key}" is a word of the catalog's keys`, 'the document names the catalog'];
        candidates.push({ ...match, confidence: Math.round(Math.min(0.9, 0.45 + 0.3 * hint) * 100) / 100, reasons });
      }
    }
    if (candidates.length > 0) {
      this.emitLiteral(c, { key, parentKey: undefined, role: undefined }, candidates);
    }
  }

  /** Whether parameter `index` of the callable at `text[start, end)`, as the document declares it, names codes; sets its meaning. */
  isCodeParameter(text: string, start: number, end: number, index: number): boolean {
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
  isCodeColumn(text: string, lineStart: number, at: number, code: number): boolean {
    const layout = this.doc?.columns;
    if (!layout) {
      return false;
    }
    let meanings = this.columnMeanings.get(layout);
    if (!meanings) {
      meanings = layout.names.map((name) => {
        if (layout.http) {
          return isHttpStatusColumn(normalizeKey(name)) ? HTTP_MEANING : undefined;
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
    this.tableMeaning = this.meaningNaming(ids, NAMED_MEANING.label);
    return true;
  }

  /** Recognises the literal of `c` as the class of codes `match` names. */
  private emitClass(c: RawCandidate, meaning: KeyMeaning, match: RankedMatch): void {
    this.emitLiteral(c, meaning, [match]);
  }

  /** Recognises the literal of `c`, as written, with the meanings `candidates` under the key of `meaning`, in the form `form`. */
  /** The recognition of the literal of `c` (the name `name`, or its text) as `code`, under the key of `meaning`, in the form `form`. */
  private recognitionOf(c: RawCandidate, name: string | undefined, code: number, meaning: Pick<KeyMeaning, 'key' | 'parentKey' | 'role'>, form: LiteralForm, candidates: readonly RankedMatch[]): Recognition {
    return {
      line: this.line,
      start: c.start - this.lineStart,
      end: c.end - this.lineStart,
      text: name ?? this.text.slice(c.start, c.end),
      code,
      name,
      key: meaning.key,
      parentKey: meaning.parentKey,
      role: meaning.role,
      form,
      candidates,
    };
  }

  private emitLiteral(c: RawCandidate, meaning: Pick<KeyMeaning, 'key' | 'parentKey' | 'role'>, candidates: readonly RankedMatch[], form: LiteralForm = c.form): void {
    this.emit({
      line: this.line,
      start: c.start - this.lineStart,
      end: c.end - this.lineStart,
      text: this.text.slice(c.start, c.end),
      code: c.code,
      key: meaning.key,
      parentKey: meaning.parentKey,
      role: meaning.role,
      form,
      candidates,
    });
  }

  /** The ranking of an ambiguous case label, with the other labels of its block as evidence; not memoised, labels are few. */
  private caseRanking(meaning: KeyMeaning, c: RawCandidate, name: string | undefined, doc: DocumentContext): Ranking {
    const block = this.caseBlock(this.line);
    const hex = name === undefined && c.notation === HEX;
    const matches = onePerCatalog(name === undefined ? (hex ? this.memo.hexMatches(c.code) : this.index.byCode(c.code)) : this.memo.nameMatches(name));
    if (matches.length === 0) {
      return NO_RANKING;
    }
    const lineHints = this.lineHints();
    return rankMatches(matches, meaning, c.formStrength, {
      doc,
      providerChannelMax: this.providerChannelMax,
      providerOf: this.providerOf,
      soleTable: this.memo.soleTable,
      requireEvidence: true,
      explicitEvidence: name === undefined && c.code === 0,
      ...(name === undefined ? { digits: c.digits } : {}),
      ...(hex ? { hex } : {}),
      lineHints,
      ...(block ? { siblingCatalogs: this.catalogsOfBlock(block) } : {}),
    });
  }

  /**
   * A collection literal whose numbers are all codes (`new Set([21211, 21614])`, `{3, 4, 9, 14}`):
   * they are codes of a catalog that holds every one of them and that something speaks for (the document
   * or line names it, the user prefers it; for HTTP, statuses of 400 and above or a name that says code),
   * unless the collection's name says it holds quantities (`BACKOFF_MS`). Small numbers also need three of
   * them that do not merely count (`[1, 2, 3]`, `[2, 4, 8]`). Each number is a recognition of its own.
   */
  acceptCollection(text: string, nameStart: number, nameEnd: number, items: readonly number[], count: number, bare = false): void {
    const doc = this.doc;
    if (!doc) {
      return;
    }
    const name = nameStart >= 0 && nameStart < nameEnd ? text.slice(nameStart, nameEnd) : undefined;
    if (name !== undefined && isQuantityName(name)) {
      return;
    }
    const meaning = name === undefined ? NO_MEANING : this.collectionMeaning(name);
    // A list without brackets (`RETRY_STATUSES: 502,503,504`) is one only under a name that says codes.
    if (bare && meaning.strength === 0) {
      return;
    }
    let max = 0;
    let min = Infinity;
    let allErrorStatuses = true;
    for (let i = 0; i < count; i++) {
      const value = items[i * 3 + 2] as number;
      max = Math.max(max, value);
      min = Math.min(min, value);
      allErrorStatuses &&= value >= 400 && value <= 599;
    }
    // Two numbers are a pair of sizes as often as two codes, and a progression is a list of sizes, unless the name says
    // codes (`afterStatusCodes: [429, 503]`, `RETRY_STATUSES: 502,503,504`); a pair of small numbers (`{1, 3}`) says too little.
    const named = meaning.strength > 0 && (count >= 3 || min >= 100);
    if (max < 1000 && !named && (count < 3 || isProgression(items, count))) {
      return;
    }
    const lineHints = this.lineHints();
    const candidates: RankedMatch[] = [];
    for (const first of onePerCatalog(this.index.byCode(items[2] as number))) {
      const catalog = first.catalog;
      if (catalog.codeFormat !== undefined && catalog.codeFormat !== 'decimal') {
        continue;
      }
      let weight: number;
      const reasons = [`one of ${count} numbers of a collection that are all codes of this catalog`];
      if (doc.preferredCatalogs.includes(catalog.id)) {
        weight = 1;
        reasons.push('preferred for this file in the settings');
      } else if (isHttpCatalog(catalog)) {
        weight = meaning.strength > 0 || allErrorStatuses ? 0.5 : 0;
      } else {
        weight = Math.max(doc.hintedCatalogs.get(catalog.id) ?? 0, lineHints.get(catalog.id) ?? 0);
        if (weight > 0) reasons.push('the document mentions its provider or channel');
      }
      if (weight <= 0) {
        continue;
      }
      const entries: CatalogMatch[] = [first];
      let exact = first.entry.to === undefined;
      for (let i = 1; i < count && entries.length === i; i++) {
        const match = this.index.entryOf(catalog, items[i * 3 + 2] as number);
        if (match) {
          entries.push(match);
          exact ||= match.entry.to === undefined;
        }
      }
      if (entries.length < count || !exact) {
        continue;
      }
      const confidence = Math.round(Math.min(0.9, 0.5 + 0.3 * weight + (meaning.strength > 0 ? 0.1 : 0)) * 100) / 100;
      candidates.push({ catalog, entry: first.entry, confidence, reasons });
    }
    if (candidates.length === 0) {
      return;
    }
    candidates.sort((a, b) => b.confidence - a.confidence);
    for (let i = 0; i < count; i++) {
      const start = items[i * 3] as number;
      const end = items[i * 3 + 1] as number;
      const value = items[i * 3 + 2] as number;
      const ranked = candidates.map((candidate) => ({ ...candidate, entry: (this.index.entryOf(candidate.catalog, value) as CatalogMatch).entry }));
      this.emit({
        line: this.line,
        start: start - this.lineStart,
        end: end - this.lineStart,
        text: text.slice(start, end),
        code: value,
        key: name,
        parentKey: undefined,
        role: meaning.role,
        form: 'assign',
        candidates: ranked,
      });
    }
  }

  /** What the name of a collection says, read in the singular when the plural says nothing: `retryStatuses`, `errorCodes`. */
  private collectionMeaning(name: string): KeyMeaning {
    const meaning = this.keys.meaningOf(name, '', 'key');
    if (meaning.strength > 0 || !/[a-z]s$/i.test(name)) {
      return meaning;
    }
    return this.keys.meaningOf(name.slice(0, /uses$/i.test(name) ? -2 : -1), '', 'key');
  }

  /**
   * A name, hex number or dotted code alone among the elements of a collection, an argument list or a
   * mapping's keys, with nothing else around it that says "code": `(consts.SMPP_ESME_RTHROTTLED, 0x00000008)`,
   * `{"DELIVRD": "delivered", "UNDELIV": "failed"}`, `("5.1.1", "5.1.2")`. It is a code of a catalog something
   * speaks for (the document names it, a hex code has its full width) and it stands, as a collection of
   * numbers does, only beside another code of that catalog on its line: a code read otherwise, or another
   * such element (for a hex number, a code read otherwise only). A distinctive name (`DELIVERY_FAILURE`)
   * means itself wherever it stands.
   */
  acceptElement(c: RawCandidate): void {
    const doc = this.doc;
    if (!doc) {
      return;
    }
    const text = this.text;
    const name = c.isName ? text.slice(c.start, c.end) : undefined;
    if (name !== undefined && isDistinctiveName(name)) {
      c.form = 'bare';
      this.accept(c);
      return;
    }
    let candidates: readonly RankedMatch[];
    if (c.notation === DOTTED) {
      // A dotted code needs a key or its reply elsewhere: here the document must name its catalog clearly.
      candidates = this.index
        .byDotted(c.code)
        .filter(({ catalog }) => (doc.hintedCatalogs.get(catalog.id) ?? 0) >= CLEAR_CONSTANT_HINT)
        .map((match) => ({ ...match, confidence: 0.8, reasons: ['one of the codes of a collection', 'the document names the catalog'] }));
    } else if (name === undefined || this.known.isSymbolicName(name)) {
      candidates = this.memo.ranking(ELEMENT_MEANING, c, name, doc, undefined, 0, true).ranked;
    } else {
      return;
    }
    const top = candidates[0];
    if (!top || top.confidence < MIN_REPORTED) {
      return;
    }
    const recognition = this.recognitionOf(c, name, name !== undefined ? top.entry.code : c.code, ELEMENT_MEANING, 'assign', candidates);
    this.pending.push(recognition);
    if (c.notation !== HEX) {
      // Hex numbers among themselves are as often flags (`(0x00000001, 0x00000002, 0x00000004)`): only another code speaks for them.
      this.elements.push(recognition);
    }
    this.emit(recognition);
  }

  /**
   * A number of four or more digits assigned to a name that no catalog declares (`CARRIER_FILTERED = 30007`):
   * a code of a catalog the document clearly names, when it is one of five or more digits that the catalog
   * lists on its own, or when the name starts with a word of the catalog's keys (`CLOSE_TOKEN_EXPIRED = 4001`
   * beside `closeCode`). Quantities stay numbers: `MAX_BACKOFF_MS = 30000`.
   */
  acceptConstant(c: RawCandidate): void {
    const doc = this.doc;
    if (!doc) {
      return;
    }
    const name = this.text.slice(c.keyStart, c.keyEnd);
    if (isQuantityName(name)) {
      return;
    }
    const firstWord = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)[0] ?? '';
    const candidates: RankedMatch[] = [];
    for (const match of onePerCatalog(this.index.byCode(c.code))) {
      const { catalog, entry } = match;
      const hint = doc.hintedCatalogs.get(catalog.id) ?? 0;
      if (hint < CLEAR_CONSTANT_HINT || isHttpCatalog(catalog) || (catalog.codeFormat !== undefined && catalog.codeFormat !== 'decimal')) {
        continue;
      }
      const distinctive = c.digits >= 5 && entry.to === undefined;
      const keyWord = firstWord.length >= 3 && this.keyWords(catalog).has(firstWord);
      const commentKey = !distinctive && !keyWord ? this.commentNamesKey(c.end, catalog) : undefined;
      if (!distinctive && !keyWord && commentKey === undefined) {
        continue;
      }
      const reasons = [
        distinctive
          ? `a ${c.digits}-digit code the catalog lists, assigned to "${name}"`
          : keyWord
            ? `"${name}" starts with "${firstWord}", a word of the catalog's keys`
            : `the comment after it names "${commentKey ?? ''}", a key of the catalog`,
        'the document mentions its provider or channel',
      ];
      candidates.push({ catalog, entry, confidence: Math.round(Math.min(0.9, 0.45 + 0.3 * hint) * 100) / 100, reasons });
    }
    if (candidates.length === 0) {
      return;
    }
    candidates.sort((a, b) => b.confidence - a.confidence);
    this.emitLiteral(c, { key: name, parentKey: undefined, role: undefined }, candidates, 'assign');
  }

  /**
   * The context key of `catalog` that the comment ending the line after `at` spells (`AUTH_FAILED = 4003  # our own
   * close code` names `closeCode`), ignoring case, spaces and punctuation as keys are matched; undefined if none.
   */
  private commentNamesKey(at: number, catalog: Catalog): string | undefined {
    const text = this.text;
    let k = at;
    const end = this.lineScanEnd;
    while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 59)) k++;
    const comment = text.charCodeAt(k) === 35 ? k + 1 : text.charCodeAt(k) === 47 && text.charCodeAt(k + 1) === 47 ? k + 2 : -1;
    if (comment < 0) {
      return undefined;
    }
    const words = normalizeKey(text.slice(comment, end));
    return catalog.context.find((key) => {
      const normal = normalizeKey(key);
      return normal.length >= 6 && words.includes(normal);
    });
  }

  /** The words of a catalog's context keys (`close` and `code` of `closeCode`, `ws` of `ws.close`), lower case. */
  private keyWords(catalog: Catalog): ReadonlySet<string> {
    let words = this.catalogKeyWords.get(catalog);
    if (!words) {
      words = new Set(catalog.context.flatMap((key) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)));
      this.catalogKeyWords.set(catalog, words);
    }
    return words;
  }

  /** Catalogs the current line mentions, read once per line and only when a ranking is ambiguous. */
  private lineHints(): ReadonlyMap<string, number> {
    if (!this.lineHintsCache) {
      this.lineHintSignature = this.hints.signature(this.text, this.lineStart, this.lineScanEnd);
      this.lineHintsCache = this.hints.weightsOf(this.lineHintSignature);
    }
    return this.lineHintsCache;
  }

  /** Hands a recognition of the current line to the batch's sink, or to the line's own array. */
  private emit(recognition: Recognition): void {
    // A line holds one code far more often than several: the first array is made to fit it.
    if (this.sink) {
      this.sink.push(recognition);
    } else if (this.out === NONE) {
      this.out = [recognition];
    } else {
      this.out.push(recognition);
    }
  }
}

/** `recognition` with its candidate `index` as its best meaning (and, for a name, that meaning's code). */
function withBest(recognition: Recognition, index: number): Recognition {
  const best = recognition.candidates[index] as RankedMatch;
  const candidates = [best, ...recognition.candidates.filter((_, i) => i !== index)];
  return { ...recognition, code: recognition.name !== undefined ? best.entry.code : recognition.code, candidates };
}

/** Whether the numbers of a collection (triples start, end, value) step by one difference or one ratio, as counts and sizes do. */
function isProgression(items: readonly number[], count: number): boolean {
  const a = items[2] as number;
  const b = items[5] as number;
  let arithmetic = true;
  let geometric = a !== 0;
  for (let i = 2; i < count; i++) {
    const value = items[i * 3 + 2] as number;
    const previous = items[i * 3 - 1] as number;
    arithmetic &&= value - previous === b - a;
    geometric &&= value * a === previous * b;
  }
  return arithmetic || geometric;
}

/** Languages whose web frameworks name HTTP statuses by symbols: Ruby's Rack (`head :not_found`), Elixir's Plug. */
const SYMBOL_LANGUAGES: ReadonlySet<string> = new Set(['ruby', 'elixir']);

/**
 * A name known to a catalog but said without context counts only when it
 * cannot be an ordinary word: `DELIVERY_FAILURE` yes, `READ` or `QUEUED` no.
 */
function isDistinctiveName(name: string): boolean {
  return name.length >= 8 && name.includes('_');
}

/**
 * The codes of name catalogs that are written in lower case (Vonage's
 * `delivered`): the scanner stops at these words, and at no other lower-case word.
 */
function lowerCaseWordCodes(index: CatalogIndex): { readonly catalog: string; readonly word: string }[] {
  const words: { catalog: string; word: string }[] = [];
  for (const catalog of index.catalogs) {
    if (catalog.codeFormat === 'name') {
      for (const entry of catalog.entries) {
        const word = entry.codeText;
        if (word !== undefined && /^[a-z]/.test(word)) {
          words.push({ catalog: catalog.id, word });
        }
      }
    }
  }
  return words;
}

/**
 * The identifiers of the qualifier chain that ends at `[start, end)`,
 * normalised, outermost first: `grpc.StatusCode` gives `['grpc', 'statuscode']`,
 * `Grpc.Core.StatusCode` three, `tonic::Code` two. Reads back at most four
 * segments and never before `from`.
 */
function qualifierChain(text: string, from: number, start: number, end: number): string[] {
  const segments = [normalizeKey(text.slice(start, end))];
  let s = start;
  while (segments.length < 4) {
    let b = s - 1;
    if (b >= from && text.charCodeAt(b) === 46) {
      b--;
    } else if (b - 1 >= from && text.charCodeAt(b) === 58 && text.charCodeAt(b - 1) === 58) {
      b -= 2;
    } else {
      break;
    }
    let a = b;
    while (a >= from && isIdentifierChar(text.charCodeAt(a))) a--;
    if (a === b) {
      break;
    }
    segments.unshift(normalizeKey(text.slice(a + 1, b + 1)));
    s = a + 1;
  }
  return segments;
}

function isIdentifierChar(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95 || ch === 36;
}

/** The first `#` in `text[from, to)`, or -1; never reads past `to`. */
function hashWithin(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 35) {
      return i;
    }
  }
  return -1;
}
