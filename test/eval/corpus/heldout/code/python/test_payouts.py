import pytest
import responses
from decimal import Decimal
from fastapi import status
from fastapi.testclient import TestClient

from merchant_api.app import create_app
from merchant_api.ledger import FakeLedger

BANK_URL = "https://rails.bankbridge.test/v2/transfers"


@pytest.fixture
def client():
    app = create_app(ledger=FakeLedger(balance=Decimal("250.00")))
    with TestClient(app, headers={"Authorization": "Bearer test-merchant-17"}) as c:
        yield c


def test_lists_payouts(client):
    resp = client.get("/v1/payouts", params={"limit": 5})
    assert resp.status_code == 200
    assert len(resp.json()["items"]) <= 5


def test_unknown_payout_is_404(client):
    resp = client.get("/v1/payouts/po_missing")
    assert resp.status_code == status.HTTP_404_NOT_FOUND
    assert resp.json() == {"detail": "payout not found"}


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("9.99", 422),
        ("10.00", 201),
        ("249.99", 201),
        ("250.01", 402),
    ],
)
def test_payout_amounts(client, amount, expected):
    resp = client.post("/v1/payouts", json={"amount": amount, "currency": "EUR"})
    assert resp.status_code == expected, resp.text


def test_fourth_payout_of_the_day_is_refused(client):
    for _ in range(3):
        assert client.post("/v1/payouts", json={"amount": "10.00"}).status_code == 201
    resp = client.post("/v1/payouts", json={"amount": "10.00"})
    assert resp.status_code == 429
    assert int(resp.headers["Retry-After"]) == 21600


def test_cancel(client):
    created = client.post("/v1/payouts", json={"amount": "12.50"}).json()
    assert client.delete(f"/v1/payouts/{created['id']}").status_code == 204
    assert client.delete(f"/v1/payouts/{created['id']}").status_code == 404


@responses.activate
def test_bank_outage_leaves_payout_pending(client):
    responses.add(responses.POST, BANK_URL, json={"error": "upstream"}, status=502)
    responses.add(responses.POST, BANK_URL, json={"id": "tr_81"}, status=202)
    created = client.post("/v1/payouts", json={"amount": "20.00"}).json()
    assert created["state"] == "pending"
    assert len(responses.calls) == 2


def test_receipt_before_settlement(client):
    created = client.post("/v1/payouts", json={"amount": "15.00"}).json()
    resp = client.get(f"/v1/payouts/{created['id']}/receipt.pdf")
    assert resp.status_code == 425
    assert resp.content == b""
