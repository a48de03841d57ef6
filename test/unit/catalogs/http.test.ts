import * as assert from 'node:assert/strict';
import statuses from 'statuses';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { entryFor, readCatalog } from './catalogFiles';

/**
 * The assigned codes of the IANA HTTP Status Code Registry (last updated
 * 2025-09-15), copied by hand from the registry so that a code dropped from
 * the catalog is noticed even when no library lists it.
 */
const IANA_CODES = [
  100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406,
  407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508,
  510, 511,
];

describe('HTTP catalog content', () => {
  let http: Catalog;

  before(() => {
    http = readCatalog('http');
  });

  it('lists the registry codes and the codes libraries know besides, in ascending order', () => {
    const codes = http.entries.map((entry) => entry.code);
    const expected = [...new Set([...IANA_CODES, ...statuses.codes])].sort((a, b) => a - b);
    assert.deepEqual(codes, expected);
  });

  it('says of every code that is not in the registry that it is not registered', () => {
    const unregistered = http.entries.filter((entry) => !IANA_CODES.includes(entry.code));
    assert.deepEqual(unregistered.map((entry) => entry.code), [509]);
    for (const entry of unregistered) {
      assert.match(entry.note ?? '', /not registered/i);
      assert.equal(entry.reference, undefined);
    }
  });

  it('groups codes by class and derives the outcome from it', () => {
    const byClass: Record<number, [string, CatalogEntry['outcome']]> = {
      1: ['1xx Informational', 'info'],
      2: ['2xx Success', 'success'],
      3: ['3xx Redirection', 'info'],
      4: ['4xx Client Error', 'failed'],
      5: ['5xx Server Error', 'failed'],
    };
    for (const entry of http.entries) {
      const [group, outcome] = byClass[Math.floor(entry.code / 100)] ?? [];
      assert.equal(entry.group, group, `group of ${entry.code}`);
      assert.equal(entry.outcome, outcome, `outcome of ${entry.code}`);
    }
  });

  it('marks 408, 425, 429, 500, 502, 503 and 504 retryable, other client errors not, and says nothing of the rest', () => {
    const retryable = http.entries.filter((entry) => entry.retryable === true).map((entry) => entry.code);
    assert.deepEqual(retryable, [408, 425, 429, 500, 502, 503, 504]);
    for (const entry of http.entries) {
      if (entry.code >= 400 && entry.code < 500 && !retryable.includes(entry.code)) {
        assert.equal(entry.retryable, false, `${entry.code}`);
      }
      if (entry.code < 400) {
        assert.equal(entry.retryable, undefined, `${entry.code}`);
      }
    }
  });

  it('gives the reason phrase as name and the defining document as reference', () => {
    assert.equal(entryFor(http, 404).name, 'Not Found');
    assert.equal(entryFor(http, 404).reference, 'RFC 9110, Section 15.5.5');
    assert.equal(entryFor(http, 422).name, 'Unprocessable Content');
    assert.deepEqual(entryFor(http, 422).aliases, ['Unprocessable Entity']);
    assert.equal(entryFor(http, 429).reference, 'RFC 6585');
    for (const entry of http.entries.filter((candidate) => IANA_CODES.includes(candidate.code))) {
      assert.match(entry.reference ?? '', /^(RFC \d+(, Section [\d.]+)?|draft-[a-z0-9-]+)$/, `reference of ${entry.code}`);
    }
  });

  it('marks the unused codes reserved and the obsolete ones deprecated', () => {
    assert.deepEqual(
      http.entries.filter((entry) => entry.reserved).map((entry) => entry.code),
      [306, 418],
    );
    assert.deepEqual(
      http.entries.filter((entry) => entry.deprecated).map((entry) => entry.code),
      [305, 510],
    );
  });
});
