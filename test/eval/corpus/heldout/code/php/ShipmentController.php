<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use App\Http\Requests\StoreShipmentRequest;
use App\Models\Shipment;
use App\Services\CarrierGateway;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Gate;
use Symfony\Component\HttpFoundation\Response;

class ShipmentController extends Controller
{
    private const PER_PAGE = 30;
    private const LABEL_TTL_MINUTES = 15;

    public function __construct(private CarrierGateway $carriers)
    {
    }

    public function index(Request $request): JsonResponse
    {
        $perPage = min((int) $request->query('per_page', self::PER_PAGE), 100);

        return response()->json(
            Shipment::query()->latest()->paginate($perPage)
        );
    }

    public function show(Shipment $shipment): JsonResponse
    {
        abort_unless(Gate::allows('view', $shipment), 403);

        return response()->json($shipment->load('parcels'));
    }

    public function store(StoreShipmentRequest $request): JsonResponse
    {
        if ($request->user()->shipments()->whereDate('created_at', today())->count() >= 500) {
            return response()->json(['message' => 'Daily shipment quota reached.'], 429);
        }

        $shipment = Shipment::create($request->validated());

        return response()->json($shipment, Response::HTTP_CREATED);
    }

    public function label(Shipment $shipment)
    {
        abort_if($shipment->cancelled_at !== null, 410, 'Shipment was cancelled.');

        $result = $this->carriers->label($shipment, weightGrams: $shipment->weight_grams, dpi: 203);

        if ($result->failed()) {
            // The carrier answers 5xx during its nightly batch; tell the client to come back.
            return response()->json(['message' => $result->reason()], Response::HTTP_SERVICE_UNAVAILABLE)
                ->header('Retry-After', 120);
        }

        return response($result->pdf(), 200, [
            'Content-Type' => 'application/pdf',
            'Cache-Control' => 'max-age=' . self::LABEL_TTL_MINUTES * 60,
        ]);
    }

    public function cancel(Shipment $shipment): JsonResponse
    {
        if ($shipment->picked_up_at) {
            abort(409, 'Shipment already picked up.');
        }

        $shipment->update(['cancelled_at' => now()]);

        return response()->json(null, 204);
    }

    public function track(string $trackingNumber): JsonResponse
    {
        if (!preg_match('/^[A-Z]{2}\d{9}[A-Z]{2}$/', $trackingNumber)) {
            abort(Response::HTTP_BAD_REQUEST);
        }

        $response = $this->carriers->track($trackingNumber);

        if ($response->status() === 404) {
            abort(404, 'Unknown tracking number.');
        }

        if ($response->serverError()) {
            report(new \RuntimeException('carrier tracking returned ' . $response->status()));
            return response()->json(['message' => 'Tracking is unavailable.'], 502);
        }

        return response()->json($response->json())->setStatusCode(200);
    }
}
