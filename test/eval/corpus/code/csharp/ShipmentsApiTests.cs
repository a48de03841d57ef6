using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace Logistics.Api.Tests;

public class ShipmentsApiTests : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client;

    public ShipmentsApiTests(ApiFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Get_returns_ok()
    {
        var response = await _client.GetAsync("/api/shipments/3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_unknown_returns_404()
    {
        var response = await _client.GetAsync("/api/shipments/123456");
        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task Old_route_redirects()
    {
        var response = await _client.GetAsync("/old");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(500)]
    public async Task Too_many_parcels_is_rejected(int parcels)
    {
        var response = await _client.PostAsJsonAsync("/api/shipments", new { Parcels = Enumerable.Range(0, parcels) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Server_errors_are_not_cached()
    {
        var response = await _client.GetAsync("/api/shipments/boom");
        Assert.True((int)response.StatusCode >= 500);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
