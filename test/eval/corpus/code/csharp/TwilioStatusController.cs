using Microsoft.AspNetCore.Mvc;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;

namespace Keelbank.Notifications.Sms;

[ApiController]
[Route("hooks/twilio")]
public sealed class TwilioStatusController : ControllerBase
{
    private static readonly HashSet<int> CarrierRejected = new() { 30004, 30005, 30006, 30007 };
    private const int MaxBodyLength = 1600;

    [HttpPost("status")]
    public IActionResult Status([FromForm] string MessageSid, [FromForm] string MessageStatus, [FromForm] int? ErrorCode)
    {
        switch (ErrorCode)
        {
            case null or 0:
                break;
            case 30003:
            case 30008:
                _retries.Schedule(MessageSid, TimeSpan.FromMinutes(5));
                break;
            case var code when CarrierRejected.Contains(code.Value):
                _suppressions.Add(MessageSid, code.Value);
                break;
            case 63016:
                _whatsapp.SwitchToTemplate(MessageSid); // outside the 24 h window
                break;
        }
        return Ok();
    }

    public async Task<string?> SendAsync(string to, string body)
    {
        try
        {
            var message = await MessageResource.CreateAsync(to: new(to), from: new("+15005550006"), body: body[..Math.Min(body.Length, MaxBodyLength)]);
            return message.Sid;
        }
        catch (ApiException ex) when (ex.Code == 21211 || ex.Code == 21614)
        {
            _log.LogWarning("invalid destination {To}: {Status} {Code} {MoreInfo}", to, ex.Status, ex.Code, ex.MoreInfo);
            return null;
        }
        catch (ApiException ex) when (ex.Status == 429 || ex.Code == 20003)
        {
            throw new TransientSmsException($"Twilio answered {ex.Status}", ex);
        }
    }
}
