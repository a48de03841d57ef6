/**
 * The part of `node:assert/strict` the in-editor suite uses, for the web
 * worker extension host, which has no Node modules. The web build of the
 * suite (scripts/lib/webSuite.mjs) puts this module in place of
 * `node:assert/strict`, so the same test files run in both hosts.
 * Comparisons are strict, as in `node:assert/strict`.
 */

export class AssertionError extends Error {
  override readonly name = 'AssertionError';
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message);
  }
}

type Message = string | Error | undefined;

function fail(message: Message, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
}

function show(value: unknown): string {
  try {
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value, (_key, v: unknown) => (v instanceof RegExp ? String(v) : v)) ?? String(value));
    return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
  } catch {
    return String(value);
  }
}

export function ok(value: unknown, message?: Message): asserts value {
  if (!value) fail(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true);
}

export function equal<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected);
}

export function notEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (Object.is(actual, expected)) fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: Message): asserts actual is T {
  if (!isDeepStrictEqual(actual, expected)) fail(message, `Expected values to be strictly deep-equal:\nactual:   ${show(actual)}\nexpected: ${show(expected)}`, actual, expected);
}

export function notDeepEqual(actual: unknown, expected: unknown, message?: Message): void {
  if (isDeepStrictEqual(actual, expected)) fail(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, actual, expected);
}

export function match(value: string, pattern: RegExp, message?: Message): void {
  if (typeof value !== 'string' || !pattern.test(value)) fail(message, `The input did not match the regular expression ${String(pattern)}. Input:\n${show(value)}`, value, pattern);
}

export function doesNotMatch(value: string, pattern: RegExp, message?: Message): void {
  if (typeof value !== 'string' || pattern.test(value)) fail(message, `The input was expected to not match the regular expression ${String(pattern)}. Input:\n${show(value)}`, value, pattern);
}

export async function rejects(action: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp | ((error: unknown) => boolean), message?: Message): Promise<void> {
  try {
    await (typeof action === 'function' ? action() : action);
  } catch (error) {
    if (expected instanceof RegExp && !expected.test(error instanceof Error ? error.message : String(error))) fail(message, `The rejection did not match ${String(expected)}: ${String(error)}`, error, expected);
    if (typeof expected === 'function' && expected(error) !== true) fail(message, `The rejection failed the check: ${String(error)}`, error);
    return;
  }
  fail(message, 'Missing expected rejection.');
}

export function throws(action: () => unknown, expected?: RegExp, message?: Message): void {
  try {
    action();
  } catch (error) {
    if (expected && !expected.test(error instanceof Error ? error.message : String(error))) fail(message, `The error did not match ${String(expected)}: ${String(error)}`, error, expected);
    return;
  }
  fail(message, 'Missing expected exception.');
}

/** Strict structural equality: same prototype, same own enumerable keys, equal values; Maps, Sets, Dates and RegExps by content. */
export function isDeepStrictEqual(a: unknown, b: unknown, seen = new Map<object, object>()): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    if (a.size !== other.size) return false;
    for (const [key, value] of a) if (!other.has(key) || !isDeepStrictEqual(value, other.get(key), seen)) return false;
    return true;
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    if (a.size !== other.size) return false;
    for (const value of a) if (!other.has(value)) return false;
    return true;
  }
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!isDeepStrictEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], seen)) return false;
  }
  return true;
}
