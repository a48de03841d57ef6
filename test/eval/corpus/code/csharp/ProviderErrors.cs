namespace Messaging.Providers;

public sealed class ProviderError
{
    public ProviderError(int code, int httpStatus, string message)
    {
        Code = code;
        HttpStatus = httpStatus;
        Message = message;
    }

    public int Code { get; }
    public int HttpStatus { get; }
    public string Message { get; }

    public static readonly ProviderError Timeout = new ProviderError(34, 0, "timed out before the provider answered");
    public static readonly ProviderError Unknown = new ProviderError(-1, 0, "unknown");
    public static readonly ProviderError Throttled = new ProviderError(43, 429, "rate limited");

    public bool IsRetryable => HttpStatus == 0 || HttpStatus >= 500;

    public override string ToString() => $"{Code} ({HttpStatus}): {Message}";
}
