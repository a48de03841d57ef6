import * as assert from 'node:assert/strict';
import { importedConstantFor } from '../../../src/core/annotate/importedConstants';

function constant(text: string, languageId: string, code = 404): string | undefined {
  return importedConstantFor(text, languageId, code)?.text;
}

describe('the constant of an HTTP library a file imports', () => {
  it('writes Go net/http constants with the package name or its alias', () => {
    assert.equal(constant('package api\n\nimport (\n\t"encoding/json"\n\t"net/http"\n)\n', 'go'), 'http.StatusNotFound');
    assert.equal(constant('package api\n\nimport "net/http"\n', 'go', 429), 'http.StatusTooManyRequests');
    assert.equal(constant('package api\n\nimport (\n\tnethttp "net/http" // the standard one\n)\n', 'go'), 'nethttp.StatusNotFound');
  });

  it('offers nothing in Go without the import, for a blank or dot import, or for a string that only spells the path', () => {
    assert.equal(constant('package api\n\nimport "fmt"\n', 'go'), undefined);
    assert.equal(constant('package api\n\nimport _ "net/http"\n', 'go'), undefined);
    assert.equal(constant('package api\n\nfunc f() { url := "net/http" }\n', 'go'), undefined);
  });

  it('writes Python HTTPStatus members as the file imports them, with the spelling every Python 3 has', () => {
    assert.equal(constant('from http import HTTPStatus\n', 'python'), 'HTTPStatus.NOT_FOUND');
    assert.equal(constant('from http import cookies, HTTPStatus as Status\n', 'python'), 'Status.NOT_FOUND');
    assert.equal(constant('import http\n', 'python'), 'http.HTTPStatus.NOT_FOUND');
    assert.equal(constant('from http import HTTPStatus\n', 'python', 422), 'HTTPStatus.UNPROCESSABLE_ENTITY', 'UNPROCESSABLE_CONTENT is Python 3.13 only');
    assert.equal(constant('import requests\n', 'python'), undefined);
  });

  it('writes HttpURLConnection constants in Java and Kotlin, and the current name of 500', () => {
    assert.equal(constant('package a;\n\nimport java.net.HttpURLConnection;\n', 'java'), 'HttpURLConnection.HTTP_NOT_FOUND');
    assert.equal(constant('package a;\n\nimport java.net.*;\n', 'java', 500), 'HttpURLConnection.HTTP_INTERNAL_ERROR');
    assert.equal(constant('package a\n\nimport java.net.HttpURLConnection\n', 'kotlin', 503), 'HttpURLConnection.HTTP_UNAVAILABLE');
    assert.equal(constant('package a;\n\nimport org.springframework.http.HttpStatus;\n', 'java'), undefined, "Spring's HttpStatus is an enum, not an int");
  });

  it('writes ASP.NET Core StatusCodes with the using or where the file writes them already', () => {
    assert.equal(constant('using Microsoft.AspNetCore.Http;\n', 'csharp'), 'StatusCodes.Status404NotFound');
    assert.equal(constant('return Results.Problem(statusCode: StatusCodes.Status400BadRequest);\n', 'csharp'), 'StatusCodes.Status404NotFound');
    assert.equal(constant('var code = HttpStatusCodes.Conflict;\n', 'csharp'), undefined);
  });

  it('writes Symfony Response constants with the use statement or its alias', () => {
    assert.equal(constant('<?php\n\nuse Symfony\\Component\\HttpFoundation\\Response;\n', 'php'), 'Response::HTTP_NOT_FOUND');
    assert.equal(constant('<?php\n\nuse Symfony\\Component\\HttpFoundation\\Response as HttpResponse;\n', 'php', 425), 'HttpResponse::HTTP_TOO_EARLY');
  });

  it('offers nothing for a code the library does not name, or in a language without such a library', () => {
    assert.equal(constant('import "net/http"\n', 'go', 499), undefined);
    assert.equal(constant("import { StatusCodes } from 'http-status-codes';\n", 'typescript'), undefined);
  });
});
