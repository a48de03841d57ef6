// Maps GeniqTech (api.geniqtech.com) response codes to our own error model.
namespace Messaging.Providers.GeniqTech;

public sealed record ResponseError(int ResponseCode, int HttpStatus, string Message);

public static class GeniqTechErrors
{
    public static readonly IReadOnlyDictionary<int, ResponseError> ByResponseCode = new Dictionary<int, ResponseError>
    {
        { 1, new ResponseError(1, 401, "Invalid username or password") },
        { 3, new ResponseError(3, 403, "Account has expired") },
        { 6, new ResponseError(6, 402, "Not enough credit") },
        { 11, new ResponseError(11, 400, "Invalid recipient") },
        { 19, new ResponseError(19, 429, "Spam threshold exceeded") },
        { 99, new ResponseError(99, 500, "Provider system error") },
    };

    public static ResponseError For(int responseCode) =>
        ByResponseCode.TryGetValue(responseCode, out var error) ? error : new ResponseError(responseCode, 502, "Unknown provider error");

    public static bool IsSuccess(int responseCode) => responseCode == 0;

    public static readonly ResponseError None = new ResponseError(0, 0, string.Empty);
}
