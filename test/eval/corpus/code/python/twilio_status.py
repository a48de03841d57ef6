"""Status callbacks from Twilio Programmable Messaging."""
from flask import Flask, request

from twilio.request_validator import RequestValidator

app = Flask(__name__)
validator = RequestValidator("auth-token-from-env")

# Twilio error codes we react to; they are Twilio's own numbering, not HTTP statuses.
UNREACHABLE = {30003, 30005, 30006}
CARRIER_FILTERED = 30007


@app.post("/twilio/status")
def status_callback():
    if not validator.validate(request.url, request.form, request.headers.get("X-Twilio-Signature", "")):
        return "bad signature", 403
    sid = request.form["MessageSid"]
    status = request.form["MessageStatus"]
    error_code = int(request.form.get("ErrorCode") or 0)
    if status == "undelivered" and error_code in UNREACHABLE:
        mark_unreachable(sid)
    elif error_code == CARRIER_FILTERED:
        alert("carrier filtered message %s" % sid)
    return "", 204
