<?php

namespace Tests\Feature\Api;

use App\Models\Shipment;
use App\Models\User;
use App\Services\CarrierGateway;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Http;
use Tests\TestCase;

class ShipmentApiTest extends TestCase
{
    use RefreshDatabase;

    private User $user;

    protected function setUp(): void
    {
        parent::setUp();
        $this->user = User::factory()->create();
        Http::preventStrayRequests();
    }

    public function test_lists_shipments_in_pages_of_thirty(): void
    {
        Shipment::factory()->count(45)->for($this->user)->create();

        $this->actingAs($this->user)
            ->getJson('/api/shipments?page=2')
            ->assertOk()
            ->assertJsonCount(15, 'data')
            ->assertJsonPath('current_page', 2);
    }

    public function test_creates_a_shipment(): void
    {
        $response = $this->actingAs($this->user)->postJson('/api/shipments', [
            'recipient' => 'Ada Quill',
            'postcode' => '90210',
            'weight_grams' => 1250,
        ]);

        $response->assertStatus(201);
        $this->assertDatabaseCount('shipments', 1);
    }

    public function test_rejects_a_shipment_without_a_postcode(): void
    {
        $this->actingAs($this->user)
            ->postJson('/api/shipments', ['recipient' => 'Ada Quill', 'weight_grams' => 300])
            ->assertStatus(422)
            ->assertJsonValidationErrors(['postcode']);
    }

    public function test_hides_other_users_shipments(): void
    {
        $other = Shipment::factory()->create();

        $this->actingAs($this->user)->getJson("/api/shipments/{$other->id}")->assertForbidden();
        $this->getJson("/api/shipments/{$other->id}")->assertStatus(401);
    }

    public function test_cancelled_shipments_have_no_label(): void
    {
        $shipment = Shipment::factory()->for($this->user)->create(['cancelled_at' => now()->subHours(3)]);

        $this->actingAs($this->user)->get("/api/shipments/{$shipment->id}/label")->assertStatus(410);
    }

    public function test_reports_a_carrier_outage_as_bad_gateway(): void
    {
        Http::fake([
            'tracking.parcelwing.test/*' => Http::response(['error' => 'maintenance'], 503),
        ]);

        $this->actingAs($this->user)
            ->getJson('/api/shipments/track/RR123456785GB')
            ->assertStatus(502)
            ->assertJsonPath('message', 'Tracking is unavailable.');
    }

    public function test_unknown_tracking_number(): void
    {
        Http::fake(['tracking.parcelwing.test/*' => Http::response([], 404)]);

        $this->actingAs($this->user)->getJson('/api/shipments/track/RR000000000GB')->assertNotFound();
    }

    public function test_quota(): void
    {
        Shipment::factory()->count(500)->for($this->user)->create(['created_at' => now()]);

        $response = $this->actingAs($this->user)->postJson('/api/shipments', Shipment::factory()->raw());

        $this->assertSame(429, $response->status());
        $this->assertEquals(500, $this->user->shipments()->count());
    }
}
