import json

import pytest
import responses
from django.test import Client, TestCase
from django.urls import reverse


class AccountViewTests(TestCase):
    fixtures = ["users.json"]

    def setUp(self):
        self.client = Client()
        self.client.login(username="ada", password="correct-horse-42")

    def test_profile_page(self):
        response = self.client.get(reverse("profile"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Ada", count=1)

    def test_missing_account(self):
        response = self.client.get("/accounts/999999/")
        self.assertEqual(404, response.status_code)

    def test_logout_redirects(self):
        response = self.client.post(reverse("logout"))
        self.assertRedirects(response, "/", status_code=302, target_status_code=200)

    def test_rate_limit(self):
        for _ in range(10):
            self.client.get("/api/search?q=x")
        response = self.client.get("/api/search?q=x")
        assert response.status_code == 429
        assert int(response["Retry-After"]) <= 60


@responses.activate
def test_billing_webhook_retry():
    responses.add(responses.POST, "https://billing.example.com/hooks", status=503)
    responses.add(responses.POST, "https://billing.example.com/hooks", json={"ok": True}, status=200)
    result = send_invoice_hook({"invoice": 1042, "amount_cents": 1999})
    assert result.attempts == 2
    assert len(responses.calls) == 2


@pytest.mark.parametrize("code, retry", [(500, True), (502, True), (400, False), (404, False)])
def test_should_retry(code, retry):
    assert should_retry(code) is retry


def test_settings_defaults(settings):
    # Default: 1 worker, 3 retries
    assert settings.WORKERS == 1
    assert settings.RETRIES == 3
    assert make_default(32).size == 32
