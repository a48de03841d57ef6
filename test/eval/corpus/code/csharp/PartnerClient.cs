using System.Net;
using System.Net.Http.Headers;

namespace Partners;

public sealed class PartnerClient(HttpClient http)
{
    private const int MaxAttempts = 4;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public async Task<string?> GetAsync(string path, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            using var response = await http.GetAsync(path, ct);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    return await response.Content.ReadAsStringAsync(ct);
                case HttpStatusCode.NotFound:
                    return null;
                case HttpStatusCode.TooManyRequests:
                case HttpStatusCode.ServiceUnavailable:
                    await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), ct);
                    continue;
                case HttpStatusCode.Moved:
                case HttpStatusCode.RedirectKeepVerb:
                    path = response.Headers.Location?.ToString() ?? path;
                    continue;
            }
            if ((int)response.StatusCode == 418)
            {
                throw new InvalidOperationException("the partner is a teapot today");
            }
            response.EnsureSuccessStatusCode();
        }
        throw new TimeoutException($"gave up after {MaxAttempts} attempts ({Timeout.TotalSeconds} s each)");
    }
}
