/** How much text one search for ignore markers covers: a scan that stops early (a cap) searches only about as far as it read. */
const MARKER_WINDOW = 256 * 1024;

/**
 * The ignore markers of a document, found window by window as a scan moves
 * down it, so that no search runs ahead over text the scan never reaches.
 */
export class IgnoreMarkers {
  private readonly nextLine: string;
  /** Where markers start in `[searchedFrom, searchedTo)`, in order. */
  private positions: number[] = [];
  private searchedFrom = 0;
  private searchedTo = 0;
  /** Index into `positions` of the last answer; queries move down the document, so it moves little. */
  private cursor = 0;

  constructor(
    private readonly text: string,
    private readonly marker: string,
  ) {
    this.nextLine = `${marker}-next-line`;
  }

  /** Whether the line `[start, end)` is silenced by a marker on it or by a `-next-line` marker on the line starting at `previousStart`. */
  silences(previousStart: number, start: number, end: number): boolean {
    // Most documents hold no marker: a searched region without one answers for every line in it.
    if (this.positions.length === 0 && end <= this.searchedTo && Math.min(previousStart, start) >= this.searchedFrom) {
      return false;
    }
    for (let at = this.first(start, end); at >= 0; at = this.first(at + this.marker.length, end)) {
      if (!this.text.startsWith(this.nextLine, at)) {
        return true;
      }
    }
    if (previousStart >= 0) {
      for (let at = this.first(previousStart, start); at >= 0; at = this.first(at + this.marker.length, start)) {
        if (this.text.startsWith(this.nextLine, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first marker starting in `[from, to)`, or -1. */
  private first(from: number, to: number): number {
    if (from < this.searchedFrom || from > this.searchedTo) {
      // A jump (the next range of a large document): start a new searched region here.
      this.positions = [];
      this.searchedFrom = this.searchedTo = from;
      this.cursor = 0;
    }
    if (to > this.searchedTo) {
      this.extend(Math.max(to, this.searchedTo + MARKER_WINDOW));
    }
    const positions = this.positions;
    let i = Math.min(this.cursor, positions.length);
    while (i > 0 && (positions[i - 1] as number) >= from) i--;
    while (i < positions.length && (positions[i] as number) < from) i++;
    this.cursor = i;
    const at = positions[i];
    return at !== undefined && at < to ? at : -1;
  }

  /** Searches on to `to`, recording every marker that starts before it. */
  private extend(to: number): void {
    const from = this.searchedTo;
    const slice = this.text.slice(from, Math.min(this.text.length, to + this.marker.length - 1));
    for (let k = slice.indexOf(this.marker); k >= 0 && from + k < to; k = slice.indexOf(this.marker, k + this.marker.length)) {
      this.positions.push(from + k);
    }
    this.searchedTo = to;
  }
}
