using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Helpdesk.Tickets.Data;

namespace Helpdesk.Tickets.Api;

public static class TicketEndpoints
{
    private const int MaxTitleLength = 140;
    private const int DefaultTake = 50;

    public static RouteGroupBuilder MapTickets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tickets")
            .WithTags("Tickets")
            .RequireRateLimiting("per-tenant");

        group.MapGet("/", async (TicketStore store, int skip = 0, int take = DefaultTake) =>
                Results.Ok(await store.ListAsync(skip, Math.Clamp(take, 1, 500))))
            .Produces<List<TicketDto>>(StatusCodes.Status200OK);

        group.MapGet("/{id:int}", async Task<Results<Ok<TicketDto>, NotFound>> (int id, TicketStore store) =>
                await store.FindAsync(id) is { } ticket ? TypedResults.Ok(ticket) : TypedResults.NotFound())
            .Produces(StatusCodes.Status404NotFound);

        group.MapPost("/", async (CreateTicket body, TicketStore store) =>
        {
            if (string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > MaxTitleLength)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["title"] = new[] { $"Title must be 1 to {MaxTitleLength} characters." },
                });
            }
            if (await store.IsDuplicateAsync(body))
            {
                return Results.Problem(title: "Duplicate ticket", statusCode: StatusCodes.Status409Conflict);
            }
            var created = await store.AddAsync(body);
            return Results.Created($"/api/tickets/{created.Id}", created);
        })
        .ProducesValidationProblem()
        .ProducesProblem(409);

        group.MapPost("/{id:int}/escalate", async (int id, TicketStore store, PagerClient pager) =>
        {
            var sent = await pager.TryPageAsync(id, TimeSpan.FromSeconds(8));
            return sent
                ? Results.Accepted($"/api/tickets/{id}")
                : Results.Problem("The on-call pager did not answer.", statusCode: 502);
        });

        group.MapDelete("/{id:int}", async (int id, TicketStore store) =>
            await store.RemoveAsync(id) ? Results.NoContent() : Results.StatusCode(410));

        return group;
    }
}

[ApiController]
[Route("api/legacy/tickets")]
public class LegacyTicketsController : ControllerBase
{
    private readonly TicketStore _store;

    public LegacyTicketsController(TicketStore store) => _store = store;

    [HttpGet("{id}")]
    [ProducesResponseType(typeof(TicketDto), StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(301)]
    public async Task<IActionResult> Get(int id)
    {
        if (id < 100000)
        {
            return RedirectPermanent($"/api/tickets/{id}");
        }
        var ticket = await _store.FindAsync(id - 100000);
        return ticket is null ? NotFound() : Ok(ticket);
    }

    [HttpPost("{id}/attachments")]
    [RequestSizeLimit(10_485_760)]
    public async Task<IActionResult> Attach(int id, IFormFile file)
    {
        if (file.Length == 0)
        {
            return StatusCode(StatusCodes.Status400BadRequest, "empty file");
        }
        if (!file.ContentType.StartsWith("image/"))
        {
            return StatusCode(415);
        }
        await _store.AttachAsync(id, file);
        return StatusCode((int)HttpStatusCode.Created);
    }
}
