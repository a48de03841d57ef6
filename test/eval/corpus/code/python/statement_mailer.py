"""Sends monthly statements through the relay and records bounces (smtplib)."""
import logging
import smtplib
import ssl
from email.message import EmailMessage

log = logging.getLogger("statements")

RELAY = ("mail.relay.harbourfunds.example", 587)
TIMEOUT = 30
# Enhanced status codes after which the address is dead for good (RFC 3463 subjects 1.x).
DEAD_ADDRESS = ("5.1.1", "5.1.2", "5.1.10")


def send_statement(msg: EmailMessage) -> str:
    with smtplib.SMTP(*RELAY, timeout=TIMEOUT) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login("statements", "from-vault")
        try:
            refused = smtp.send_message(msg)
        except smtplib.SMTPRecipientsRefused as e:
            for rcpt, (code, reply) in e.recipients.items():
                text = reply.decode(errors="replace")
                if code == 550 and text.startswith(DEAD_ADDRESS):
                    mark_dead(rcpt, text)
                elif code in (450, 451, 452):
                    requeue(rcpt, minutes=20)
            return "refused"
        except smtplib.SMTPSenderRefused as e:
            log.error("relay refused our sender: %d %s", e.smtp_code, e.smtp_error)
            raise
        except smtplib.SMTPDataError as e:
            if e.smtp_code == 554 and b"5.7.1" in e.smtp_error:
                log.warning("message rejected as spam by %s", RELAY[0])
            raise
        except smtplib.SMTPResponseException as e:
            if e.smtp_code == 421:
                requeue(msg["To"], minutes=5)
                return "deferred"
            raise
    # send_message returns {rcpt: (code, reply)} for the recipients it could not deliver to
    for rcpt, (code, _reply) in refused.items():
        log.info("partial delivery: %s refused with %d", rcpt, code)
    return "sent"
