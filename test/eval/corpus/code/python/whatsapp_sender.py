"""Sends WhatsApp template messages through the Cloud API (Graph API) with requests."""
import logging
import time

import requests

log = logging.getLogger("whatsapp")

GRAPH = "https://graph.facebook.com/v21.0"
PHONE_NUMBER_ID = "287113904460192"
TIMEOUT = (3.05, 20)


class TemplateRejected(Exception):
    pass


def send_template(to: str, name: str, lang: str = "en_US", attempts: int = 3) -> str:
    body = {"messaging_product": "whatsapp", "to": to, "type": "template", "template": {"name": name, "language": {"code": lang}}}
    for attempt in range(attempts):
        resp = requests.post(f"{GRAPH}/{PHONE_NUMBER_ID}/messages", json=body, headers=auth_headers(), timeout=TIMEOUT)
        if resp.status_code == 200:
            return resp.json()["messages"][0]["id"]
        error = resp.json().get("error", {})
        code = error.get("code")
        # e.g. {"error": {"message": "(#132001) Template name does not exist in the translation", "type": "OAuthException", "code": 132001, ...}}
        if code in (132001, 132000, 132012):
            raise TemplateRejected(f"{name}/{lang}: {error.get('message')}")
        if code == 130429 or code == 80007 or resp.status_code == 429:
            time.sleep(2 ** attempt)
            continue
        if code == 190:
            raise PermissionError("WhatsApp access token expired, rotate WA_TOKEN")
        if code == 131009 and resp.status_code == 400:
            log.error("bad parameter for %s: %s", to, error.get("error_data", {}).get("details"))
        resp.raise_for_status()
    raise RuntimeError(f"gave up after {attempts} attempts")
