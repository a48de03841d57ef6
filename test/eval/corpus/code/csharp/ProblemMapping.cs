// Maps upstream failures to RFC 7807 problem details for the public API.
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Courier.Api.Errors;

public static class ProblemMapping
{
    private const int MaxDetailLength = 512;
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public static string TitleFor(int statusCode) => statusCode switch
    {
        400 => "The request was malformed",
        401 => "Sign in first",
        403 => "You may not do that",
        404 => "Nothing lives here",
        409 => "Someone changed it first",
        422 => "The values do not add up",
        429 => "Slow down",
        >= 500 and < 600 => "Our fault, try again",
        _ => "Something went wrong",
    };

    public static bool ShouldRetry(HttpResponseMessage response) =>
        (int)response.StatusCode switch
        {
            408 or 429 => true,
            502 or 503 or 504 => true,
            _ => false,
        };

    public static IResult ToResult(Exception error) => error switch
    {
        KeyNotFoundException => Results.Problem(statusCode: 404, title: TitleFor(404)),
        UnauthorizedAccessException => Results.Problem(statusCode: 403, title: TitleFor(403)),
        TimeoutException => Results.Problem(statusCode: 504, title: "Upstream timed out"),
        _ => Results.Problem(statusCode: 500, title: TitleFor(500)),
    };

    public static string Truncate(string detail) =>
        detail.Length <= MaxDetailLength ? detail : detail[..MaxDetailLength];

    public static int PageSize(int requested) => requested switch
    {
        <= 0 => 20,
        > 100 => 100,
        _ => requested,
    };
}
