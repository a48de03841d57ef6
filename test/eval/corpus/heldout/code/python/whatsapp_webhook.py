"""Receives WhatsApp Cloud API webhooks for the order-updates number."""
import hashlib
import hmac
import json
import logging
import os

from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from notifications.models import OutboundMessage
from notifications.tasks import fall_back_to_sms, schedule_template_resend

log = logging.getLogger("notifications.whatsapp")

APP_SECRET = os.environ.get("META_APP_SECRET", "")
VERIFY_TOKEN = os.environ.get("META_VERIFY_TOKEN", "")
GRAPH_VERSION = "v21.0"

# Errors after which the customer cannot be reached on WhatsApp for now.
UNREACHABLE = {131026, 131049, 131050}
# Errors that mean we must send an approved template instead of free text.
NEEDS_TEMPLATE = {131047}


def _signature_ok(request) -> bool:
    header = request.headers.get("X-Hub-Signature-256", "")
    digest = hmac.new(APP_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header, f"sha256={digest}")


@csrf_exempt
@require_http_methods(["GET", "POST"])
def whatsapp_webhook(request):
    if request.method == "GET":
        if request.GET.get("hub.mode") == "subscribe" and request.GET.get("hub.verify_token") == VERIFY_TOKEN:
            return HttpResponse(request.GET.get("hub.challenge", ""))
        return HttpResponseForbidden()

    if not _signature_ok(request):
        return HttpResponse(status=401)

    payload = json.loads(request.body or b"{}")
    for entry in payload.get("entry", []):
        for change in entry.get("changes", []):
            value = change.get("value", {})
            for st in value.get("statuses", []):
                handle_status(st)
    # Meta retries for up to 7 days unless it gets a 200 quickly.
    return JsonResponse({"ok": True}, status=200)


def handle_status(st: dict) -> None:
    msg = OutboundMessage.objects.filter(wamid=st.get("id")).first()
    if msg is None:
        return
    msg.status = st.get("status", msg.status)
    msg.save(update_fields=["status"])
    if st.get("status") != "failed":
        return

    for err in st.get("errors", []):
        code = err.get("code")
        log.warning("wamid=%s failed code=%s title=%s", msg.wamid, code, err.get("title"))
        if code in NEEDS_TEMPLATE:
            schedule_template_resend.delay(msg.id, template="order_update_v3", delay_s=30)
        elif code in UNREACHABLE:
            fall_back_to_sms.delay(msg.id)
        elif code == 131056:
            # Pair rate limit: too many messages to this one customer.
            schedule_template_resend.delay(msg.id, template=None, delay_s=600)
        elif code == 130429:
            schedule_template_resend.delay(msg.id, template=None, delay_s=60)
        elif code in (368, 131031):
            log.error("business account restricted; paging on-call (code %s)", code)
        else:
            log.info("no handling for WhatsApp error %s", code)


def send_text(to: str, body: str, phone_number_id: str, token: str) -> dict:
    import requests

    resp = requests.post(
        f"https://graph.facebook.com/{GRAPH_VERSION}/{phone_number_id}/messages",
        headers={"Authorization": f"Bearer {token}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": body[:4096]}},
        timeout=15,
    )
    data = resp.json()
    if resp.status_code != 200:
        error = data.get("error", {})
        if error.get("code") == 131021:
            raise ValueError("the recipient is our own business number")
        if error.get("code") == 190:
            raise PermissionError("access token expired")
        raise RuntimeError(f"graph error {error.get('code')}: {error.get('message')}")
    return data
