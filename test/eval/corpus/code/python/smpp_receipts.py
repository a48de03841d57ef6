"""Delivery receipts and submit errors from the operator's SMSC (python-smpplib)."""
import logging
import re

import smpplib.client
import smpplib.consts
import smpplib.exceptions

log = logging.getLogger("smpp")

RECEIPT = re.compile(r"id:(?P<id>\S+) sub:(?P<sub>\d{3}) dlvrd:(?P<dlvrd>\d{3}) .*?stat:(?P<stat>[A-Z]{7}) err:(?P<err>\d{3})")
FINAL = {"DELIVRD": "delivered", "UNDELIV": "failed", "EXPIRED": "expired", "REJECTD": "rejected"}
TRANSIENT = (smpplib.consts.SMPP_ESME_RTHROTTLED, smpplib.consts.SMPP_ESME_RMSGQFUL, 0x00000008)


def handle_deliver_sm(pdu):
    match = RECEIPT.search(pdu.short_message.decode("latin-1"))
    if not match:
        return smpplib.consts.SMPP_ESME_ROK
    stat = match.group("stat")
    if stat == "DELIVRD":
        outbox.delivered(match.group("id"))
    elif stat in ("UNDELIV", "REJECTD"):
        outbox.failed(match.group("id"), network_error=int(match.group("err")))
    elif getattr(pdu, "message_state", None) == 6:
        log.debug("receipt %s still accepted, waiting up to 48 h", match.group("id"))
    return smpplib.consts.SMPP_ESME_ROK


def on_sent(pdu):
    if pdu.status == smpplib.consts.SMPP_ESME_RINVDSTADR:
        outbox.bad_number(pdu.sequence)
    elif pdu.status in TRANSIENT or pdu.status == 88:
        outbox.retry(pdu.sequence, delay=15)
    elif pdu.status != 0:
        log.warning("submit_sm_resp command_status=0x%08X sequence=%d", pdu.status, pdu.sequence)


client = smpplib.client.Client("smsc.tellmark.example", 2775, allow_unknown_opt_params=True)
client.set_message_received_handler(handle_deliver_sm)
client.set_message_sent_handler(on_sent)
try:
    client.connect()
    client.bind_transceiver(system_id="quillpost", password="from-vault")
except smpplib.exceptions.PDUError as exc:
    # smpplib puts the command_status second: ('bind_transceiver_resp', 14)
    if exc.args[1] == smpplib.consts.SMPP_ESME_RINVPASWD:
        raise SystemExit("SMSC rejected the password") from exc
    raise
