"""Thin client for the GeniqTech SMS REST API (api.geniqtech.com)."""
import logging
import time

import requests

log = logging.getLogger(__name__)
BASE_URL = "https://api.geniqtech.com/v1"
TIMEOUT_S = 15
MAX_BATCH = 500

RETRY_RESPONSE_CODES = {5, 10, 14, 88, 99}


class GeniqError(Exception):
    def __init__(self, response_code: int, text: str):
        super().__init__(f"{response_code}: {text}")
        self.response_code = response_code


def send_sms(session: requests.Session, to: list[str], text: str) -> str:
    body = {"destinations": to[:MAX_BATCH], "text": text, "validity": 1440}
    for attempt in range(3):
        r = session.post(f"{BASE_URL}/sms/send", json=body, timeout=TIMEOUT_S)
        if r.status_code == 401:
            raise GeniqError(1, "bad credentials")
        data = r.json()
        response_code = data["responseCode"]
        if response_code == 0:
            return data["messageId"]
        if response_code == 6:
            raise GeniqError(response_code, "not enough credit")
        if response_code not in RETRY_RESPONSE_CODES:
            raise GeniqError(response_code, data.get("responseMessage", ""))
        time.sleep(2 ** attempt)
    raise GeniqError(88, "gave up after 3 attempts")


def on_delivery_report(report: dict) -> None:
    reason = report.get("reasonCode")
    if reason == 8:
        log.info("subscriber absent, will retry %s", report["messageId"])
    elif reason in (5, 6):
        log.warning("number unusable: %s", report["destination"])
    elif report.get("reason_code") == 13:
        log.warning("handset memory full")
