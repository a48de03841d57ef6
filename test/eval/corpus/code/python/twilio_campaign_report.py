"""Nightly report of failed campaign messages, from the Twilio REST API."""
import csv
import datetime as dt

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

client = Client(timeout=20)

# Twilio error codes worth a second attempt tomorrow; everything else is final.
RETRY_TOMORROW = {30001, 30003, 30008, 30017}
PAGE_SIZE = 1000


def failed_since(hours: int = 24):
    after = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=hours)
    for msg in client.messages.stream(date_sent_after=after, page_size=PAGE_SIZE):
        if msg.status in ("failed", "undelivered"):
            yield msg


def write_report(path: str) -> int:
    rows = 0
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["sid", "to", "error_code", "retry"])
        for msg in failed_since():
            if msg.error_code == 30007:
                continue  # carrier filtering is reviewed by compliance, not retried
            writer.writerow([msg.sid, msg.to, msg.error_code, msg.error_code in RETRY_TOMORROW])
            rows += 1
    return rows


def resend(sid: str) -> None:
    original = client.messages(sid).fetch()
    try:
        client.messages.create(to=original.to, from_=original.from_, body=original.body)
    except TwilioRestException as e:
        if e.code == 21610:
            unsubscribe(original.to)  # the recipient replied STOP
        elif e.code in (21211, 21614) or e.status == 400:
            mark_bad_number(original.to)
        else:
            raise
