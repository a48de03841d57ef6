/**
 * Range labels of `switch`-like constructs (`200..=299 =>`, `case 200..<300:`,
 * `in 500..599 ->`): a label that spans one class of codes stands for the class.
 */

/**
 * The ends of the range label the number at `text[start, end)` is an end of
 * (`200..=299`, `200..<300`, `200...299`, `200..299`), and whether the last
 * end may be exclusive (`..<`, and `..`, which Rust reads so); undefined when
 * the number is no end of a range. Reads only within `[from, to)`.
 */
export function rangeLabelEnds(text: string, start: number, end: number, from: number, to: number): [number, number, boolean] | undefined {
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
