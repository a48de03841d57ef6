# Tricky test catalog * / ? > (Acme Messaging, sms), catalog "tricky-test".
# Source: https://example.com/status?x=* /&y=? >
from enum import IntEnum
from typing import assert_never


class AcmeMessagingSmsStatus(IntEnum):
    # AcmeMessagingSmsStatus(code) looks a received code up and raises ValueError for a code the catalog does not list.

    # Delivered or accepted
    # 5 DEVICE_ACK: Device acknowledged delivery
    DEVICE_ACK = 5
    # 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
    READ = 6
    # 7820 ACCEPTED: Accepted by the operator
    ACCEPTED = 7820

    # Pending: a later status follows
    # 2 QUEUED: Message is queued
    QUEUED = 2
    # 3 class: A name that is a keyword in most languages
    CLASS = 3
    # 4 self: A name that is Self in Pascal case
    SELF = 4

    # Failed, final (not known to be retryable)
    # 1 UNKNOWN: Message not found
    UNKNOWN = 1
    # 21 DELIVERY_FAILURE: Error delivering message.
    DELIVERY_FAILURE_21 = 21
    # 23 Message not delivered: (reason)
    MESSAGE_NOT_DELIVERED = 23
    # 25 2FA_REQUIRED: Two-factor authentication required
    CODE_2FA_REQUIRED = 25
    # 26 Réponse refusée: Response refused
    REPONSE_REFUSEE = 26
    # 100-300 OTHER_SERIES: Other 100-300 series
    OTHER_SERIES = 100

    # Failed, retryable: sending again can succeed
    # -1 INTERNAL: Internal error (deprecated)
    INTERNAL = -1
    # 20 EXPIRED: Message has expired.
    EXPIRED = 20
    # 22 DELIVERY_FAILURE: Temporary error delivering message.
    DELIVERY_FAILURE_22 = 22
    # 34-37 Supplier errors
    SUPPLIER_ERRORS = 34

    # Informational or not classified
    # 24 undocumented
    CODE_24 = 24
    # 27 状态: Status written in Chinese
    STATUS_WRITTEN_IN_CHINESE = 27
    # 40 default: A name that is a keyword
    DEFAULT = 40
    # 42 FROM_CODE: A name that clashes with the generated Go lookup
    FROM_CODE = 42

    @classmethod
    def _missing_(cls, value: object) -> "AcmeMessagingSmsStatus | None":
        # Every code of a range maps to the member named for the range.
        if isinstance(value, int) and 34 <= value <= 37:
            return cls.SUPPLIER_ERRORS
        if isinstance(value, int) and 100 <= value <= 300:
            return cls.OTHER_SERIES
        return None


def handle_acme_messaging_sms_status(status: AcmeMessagingSmsStatus) -> None:
    match status:
        # Delivered or accepted
        # 5 DEVICE_ACK: Device acknowledged delivery
        case AcmeMessagingSmsStatus.DEVICE_ACK:
            pass
        # 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
        case AcmeMessagingSmsStatus.READ:
            pass
        # 7820 ACCEPTED: Accepted by the operator
        case AcmeMessagingSmsStatus.ACCEPTED:
            pass

        # Pending: a later status follows
        # 2 QUEUED: Message is queued
        case AcmeMessagingSmsStatus.QUEUED:
            pass
        # 3 class: A name that is a keyword in most languages
        case AcmeMessagingSmsStatus.CLASS:
            pass
        # 4 self: A name that is Self in Pascal case
        case AcmeMessagingSmsStatus.SELF:
            pass

        # Failed, final (not known to be retryable)
        # 1 UNKNOWN: Message not found
        case AcmeMessagingSmsStatus.UNKNOWN:
            pass
        # 21 DELIVERY_FAILURE: Error delivering message.
        case AcmeMessagingSmsStatus.DELIVERY_FAILURE_21:
            pass
        # 23 Message not delivered: (reason)
        case AcmeMessagingSmsStatus.MESSAGE_NOT_DELIVERED:
            pass
        # 25 2FA_REQUIRED: Two-factor authentication required
        case AcmeMessagingSmsStatus.CODE_2FA_REQUIRED:
            pass
        # 26 Réponse refusée: Response refused
        case AcmeMessagingSmsStatus.REPONSE_REFUSEE:
            pass
        # 100-300 OTHER_SERIES: Other 100-300 series
        case AcmeMessagingSmsStatus.OTHER_SERIES:
            pass

        # Failed, retryable: sending again can succeed
        # -1 INTERNAL: Internal error (deprecated)
        case AcmeMessagingSmsStatus.INTERNAL:
            pass
        # 20 EXPIRED: Message has expired.
        case AcmeMessagingSmsStatus.EXPIRED:
            pass
        # 22 DELIVERY_FAILURE: Temporary error delivering message.
        case AcmeMessagingSmsStatus.DELIVERY_FAILURE_22:
            pass
        # 34-37 Supplier errors
        case AcmeMessagingSmsStatus.SUPPLIER_ERRORS:
            pass

        # Informational or not classified
        # 24 undocumented
        case AcmeMessagingSmsStatus.CODE_24:
            pass
        # 27 状态: Status written in Chinese
        case AcmeMessagingSmsStatus.STATUS_WRITTEN_IN_CHINESE:
            pass
        # 40 default: A name that is a keyword
        case AcmeMessagingSmsStatus.DEFAULT:
            pass
        # 42 FROM_CODE: A name that clashes with the generated Go lookup
        case AcmeMessagingSmsStatus.FROM_CODE:
            pass
        case _:
            assert_never(status)
