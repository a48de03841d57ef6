/**
 * Turns untrusted catalog text into text that is safe inside a one-line
 * comment of any language we generate.
 *
 * Catalog text is written by others, and a comment is only inert while it
 * stays a comment: a newline (including U+2028/U+2029, which JavaScript and
 * C# treat as line ends) would start code, `*\/` ends block and doc comments,
 * `/*` opens a nested comment in Rust and Kotlin, `?>` leaves PHP mode even
 * inside a `//` comment, and a backslash can start a Java `\u` escape that is
 * decoded before comments are. Bidirectional control characters are removed
 * because they make a comment look different from what the compiler reads.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

export function commentText(text: string, maxLength = 110): string {
  const flat = text
    .replace(BIDI_CONTROLS, '')
    .replace(LINE_BREAKS_AND_CONTROLS, ' ')
    .replace(/\\/g, '/')
    .replace(/\*\//g, '* /')
    .replace(/\/\*/g, '/ *')
    .replace(/\?>/g, '? >')
    .replace(/\s+/g, ' ')
    .trim();
  return cut(flat, maxLength);
}

/** Cuts at a word boundary so a long description ends in a whole word followed by an ellipsis. */
function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) {
    return text;
  }
  const head = text.slice(0, maxLength - 3);
  const space = head.lastIndexOf(' ');
  const whole = space > maxLength / 2 ? head.slice(0, space) : head;
  // The ellipsis is written as three dots so generated files stay ASCII where the catalog is.
  return `${withoutTrailingPunctuation(whole)}...`;
}

/** `text` without the spaces and `.,;:` it ends in; read from the end, as a trailing-run expression would retry from every position. */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s.,;:]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
