"""Handles Webex Connect delivery reports for the SMS and WhatsApp channels."""

RETRYABLE = {7201, 7207, 7208}


def handle_report(report: dict) -> str:
    code = int(report["code"])
    if code == 7500:
        return "delivered"
    if code == 7501:
        return "submitted"
    if code in RETRYABLE:
        return "retry"
    if report.get("channel") == "whatsapp" and code == 7871:
        # Not a WhatsApp number: send the message as an SMS instead.
        return "fallback-to-sms"
    return "failed"


def handle_clickatell(callback: dict) -> str:
    status = callback["status"]
    if status == 23:
        return "failed"
    if status in (5, 6):
        return "delivered"
    return "pending"
