import type { CodeRole } from './types';

/**
 * The generic vocabulary of code-holding keys, independent of any catalog.
 *
 * Catalogs declare the exact keys their codes travel under (`context`); this
 * module covers what no catalog can list: the role a key's own words give it
 * (`deliveryStatus` is a status, `lastErrorCode` an error) and the HTTP idioms
 * of web frameworks (`res.status(…)`, `response.status_code`). A key that
 * matches none of this and no catalog's context is not a code key: that is
 * what keeps `width = 404` and `port = 8080` quiet.
 *
 * Every function takes keys already normalised by `normalizeKey` (lower case,
 * letters and digits only).
 */

const REASON = /reason(code|id)?$/;
const ERROR = /(error|err|errno|fault|failure)(code|no|num|number|id)?$/;
const RESPONSE = /(response|resp)(code|status)?$|(result|return)code$/;
const STATUS = /(status|state)(code|id)?$/;

/** Objects whose `status`/`statusCode` is an HTTP status in the common web frameworks. */
const HTTP_OBJECTS = new Set([
  'res',
  'resp',
  'response',
  'req',
  'request',
  'r',
  'w',
  'ctx',
  'c',
  'xhr',
  'http',
  'httpresponse',
  'httpresp',
  'reply',
  'exchange',
  'axioserror',
]);

/**
 * Calls whose (first or only) numeric argument is a code. The generic ones
 * here are web idioms; catalogs can name more through their context words.
 */
const CODE_CALLS = new Set([
  'status',
  'sendstatus',
  'setstatus',
  'withstatus',
  'writeheader',
  'writehead',
  'abort',
  'statuscode',
  'setstatuscode',
  'httpresponse',
  'httpresponsecode',
  'responseentity',
  'httpexception',
  'httperror',
  'createerror',
  'halt',
  'head',
  // supertest's `.expect(401)`; the scanner passes over Jest's bare `expect(…)`.
  'expect',
]);

/**
 * Response writers whose first argument is the status when they are called
 * on a web framework's request or response object: gin's and Echo's
 * `c.JSON(400, …)`, `c.String(200, …)`, `c.AbortWithStatusJSON(401, …)`,
 * Express's `res.redirect(301, …)`. On other objects they are ordinary calls.
 */
const RESPONSE_WRITERS = new Set([
  'json',
  'string',
  'xml',
  'yaml',
  'html',
  'jsonp',
  'indentedjson',
  'securejson',
  'purejson',
  'asciijson',
  'abortwithstatus',
  'abortwithstatusjson',
  'nocontent',
  'redirect',
  'data',
]);

/**
 * Qualifiers of symbolic HTTP names: `HttpStatus.NOT_FOUND`, `HTTPStatus.NOT_FOUND`,
 * `http.StatusNotFound`, `HttpServletResponse.SC_NOT_FOUND`, `HttpURLConnection.HTTP_NOT_FOUND`.
 */
const HTTP_QUALIFIERS = new Set([
  'httpstatus',
  'httpstatuscode',
  'httpstatuses',
  'statuscode',
  'statuscodes',
  'http',
  'status',
  'httpservletresponse',
  'httpurlconnection',
  'httpsurlconnection',
]);

/** The role a key's words give it, or undefined when the key says nothing about codes. */
export function roleOfKey(key: string, parent: string | undefined): CodeRole | undefined {
  if (key === 'code' || key === 'value') {
    if (parent === undefined) {
      return key === 'code' ? 'code' : undefined;
    }
    // `response.code`, `res.code`: the HTTP status in Ruby's Net::HTTP, Express and others,
    // although `response` alone reads as a response-code word.
    if (HTTP_OBJECTS.has(parent)) {
      return 'http';
    }
    const parentRole = roleOfKey(parent, undefined);
    if (parentRole !== undefined && parentRole !== 'code') {
      return parentRole;
    }
    return key === 'code' ? 'code' : undefined;
  }
  if (REASON.test(key)) {
    return 'reason';
  }
  if (ERROR.test(key)) {
    return 'error';
  }
  if (STATUS.test(key)) {
    if (key.startsWith('http') || (parent !== undefined && HTTP_OBJECTS.has(parent))) {
      return 'http';
    }
    return 'status';
  }
  if (RESPONSE.test(key)) {
    return 'response';
  }
  return undefined;
}

/** The role of a call whose argument is the literal, e.g. `res.status(404)` and `c.JSON(400, …)` are HTTP. */
export function roleOfCall(callee: string, object?: string): CodeRole | undefined {
  return CODE_CALLS.has(callee) || (object !== undefined && HTTP_OBJECTS.has(object) && RESPONSE_WRITERS.has(callee)) ? 'http' : undefined;
}

/** Whether a call's meaning depends on the object it is called on (`c.JSON(…)` yes, `JSON(…)` alone no). */
export function callWantsObject(callee: string): boolean {
  return RESPONSE_WRITERS.has(callee);
}

/** Whether `qualifier.NAME` names HTTP statuses by framework convention. */
export function isHttpQualifier(qualifier: string): boolean {
  return HTTP_QUALIFIERS.has(qualifier);
}
