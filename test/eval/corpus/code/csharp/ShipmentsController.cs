using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Logistics.Api.Controllers;

[ApiController]
[Route("api/[controller]")]
public sealed class ShipmentsController : ControllerBase
{
    private const int MaxPageSize = 100;
    private readonly IShipmentStore _store;

    public ShipmentsController(IShipmentStore store) => _store = store;

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(int id)
    {
        var shipment = await _store.FindAsync(id);
        return shipment is null ? NotFound() : Ok(shipment);
    }

    [HttpPost]
    [ProducesResponseType(typeof(Shipment), 201)]
    public async Task<IActionResult> Create(ShipmentRequest request)
    {
        if (request.Parcels.Count > 20)
        {
            return StatusCode(413, "at most 20 parcels");
        }
        var created = await _store.AddAsync(request);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPost("{id:int}/label")]
    public IActionResult Label(int id)
    {
        if (!_store.CarrierOnline)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return StatusCode((int)HttpStatusCode.Accepted);
    }

    [HttpGet]
    public IActionResult List(int page = 1, int size = 25)
    {
        size = Math.Clamp(size, 1, MaxPageSize);
        return Ok(_store.Page(page, size));
    }
}

public static class MinimalEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/ping", () => Results.Ok("pong"));
        app.MapPost("/import", () => Results.StatusCode(429));
        app.MapGet("/old", () => Results.Redirect("/new", permanent: true));
        app.MapDelete("/cache", () => Results.StatusCode(StatusCodes.Status204NoContent));
    }
}
