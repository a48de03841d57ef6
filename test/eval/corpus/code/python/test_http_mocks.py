from http import HTTPStatus

import httpretty
import httpx
import pytest
import respx
from django.http import HttpResponse, HttpResponseNotFound, JsonResponse

API = "https://weather.example.org/v3"


@respx.mock
def test_forecast_not_found():
    respx.get(f"{API}/forecast/zz-999").mock(return_value=httpx.Response(404))
    with pytest.raises(ForecastMissing):
        fetch_forecast("zz-999")


@respx.mock
def test_forecast_retries_on_throttle():
    route = respx.get(f"{API}/forecast/nl-020")
    route.side_effect = [httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(200, json={"t": 21.5})]
    assert fetch_forecast("nl-020")["t"] == 21.5
    assert route.call_count == 2


@httpretty.activate(allow_net_connect=False)
def test_radar_outage():
    httpretty.register_uri(httpretty.GET, f"{API}/radar/latest.png", status=503, body="down")
    assert radar_image() is None


def view_missing(request):
    return HttpResponse("gone fishing", status=404)


def view_created(request):
    return JsonResponse({"id": 12, "ok": True}, status=201)


def view_legacy(request):
    return HttpResponseNotFound("<h1>404</h1>")


def classify(response: httpx.Response) -> str:
    if response.status_code == HTTPStatus.OK:
        return "ok"
    if response.status_code in (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN):
        return "auth"
    if response.status_code == HTTPStatus.IM_A_TEAPOT:
        return "joke"
    if response.is_server_error:
        return "retry"
    return f"other ({response.status_code})"


def test_temperature_rounding():
    assert round(21.456, 2) == 21.46
    assert c_to_f(100) == 212
    assert c_to_f(-40) == -40
