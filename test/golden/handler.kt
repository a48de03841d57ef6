// Tricky test catalog * / ? > (Acme Messaging, sms), catalog "tricky-test".
// Source: https://example.com/status?x=* /&y=? >
enum class AcmeMessagingSmsStatus(val code: Int, val lastCode: Int = code) {
    // Delivered or accepted
    // 5 DEVICE_ACK: Device acknowledged delivery
    DEVICE_ACK(5),
    // 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
    READ(6),
    // 7820 ACCEPTED: Accepted by the operator
    ACCEPTED(7820),

    // Pending: a later status follows
    // 2 QUEUED: Message is queued
    QUEUED(2),
    // 3 class: A name that is a keyword in most languages
    CLASS(3),
    // 4 self: A name that is Self in Pascal case
    SELF(4),

    // Failed, final (not known to be retryable)
    // 1 UNKNOWN: Message not found
    UNKNOWN(1),
    // 21 DELIVERY_FAILURE: Error delivering message.
    DELIVERY_FAILURE_21(21),
    // 23 Message not delivered: (reason)
    MESSAGE_NOT_DELIVERED(23),
    // 25 2FA_REQUIRED: Two-factor authentication required
    CODE_2FA_REQUIRED(25),
    // 26 Réponse refusée: Response refused
    REPONSE_REFUSEE(26),
    // 100-300 OTHER_SERIES: Other 100-300 series
    OTHER_SERIES(100, 300),

    // Failed, retryable: sending again can succeed
    // -1 INTERNAL: Internal error (deprecated)
    INTERNAL(-1),
    // 20 EXPIRED: Message has expired.
    EXPIRED(20),
    // 22 DELIVERY_FAILURE: Temporary error delivering message.
    DELIVERY_FAILURE_22(22),
    // 34-37 Supplier errors
    SUPPLIER_ERRORS(34, 37),

    // Informational or not classified
    // 24 undocumented
    CODE_24(24),
    // 27 状态: Status written in Chinese
    STATUS_WRITTEN_IN_CHINESE(27),
    // 40 default: A name that is a keyword
    DEFAULT(40),
    // 42 FROM_CODE: A name that clashes with the generated Go lookup
    FROM_CODE(42),
    ;

    companion object {
        // The constant for a received code (a range maps to its constant), or null for a code the catalog does not list.
        fun fromCode(code: Int): AcmeMessagingSmsStatus? =
            values().firstOrNull { it.code == code } ?: values().firstOrNull { code in it.code..it.lastCode }
    }
}

fun handleAcmeMessagingSmsStatus(status: AcmeMessagingSmsStatus): Unit = when (status) {
    // Delivered or accepted
    // 5 DEVICE_ACK: Device acknowledged delivery
    AcmeMessagingSmsStatus.DEVICE_ACK -> {
    }
    // 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
    AcmeMessagingSmsStatus.READ -> {
    }
    // 7820 ACCEPTED: Accepted by the operator
    AcmeMessagingSmsStatus.ACCEPTED -> {
    }

    // Pending: a later status follows
    // 2 QUEUED: Message is queued
    AcmeMessagingSmsStatus.QUEUED -> {
    }
    // 3 class: A name that is a keyword in most languages
    AcmeMessagingSmsStatus.CLASS -> {
    }
    // 4 self: A name that is Self in Pascal case
    AcmeMessagingSmsStatus.SELF -> {
    }

    // Failed, final (not known to be retryable)
    // 1 UNKNOWN: Message not found
    AcmeMessagingSmsStatus.UNKNOWN -> {
    }
    // 21 DELIVERY_FAILURE: Error delivering message.
    AcmeMessagingSmsStatus.DELIVERY_FAILURE_21 -> {
    }
    // 23 Message not delivered: (reason)
    AcmeMessagingSmsStatus.MESSAGE_NOT_DELIVERED -> {
    }
    // 25 2FA_REQUIRED: Two-factor authentication required
    AcmeMessagingSmsStatus.CODE_2FA_REQUIRED -> {
    }
    // 26 Réponse refusée: Response refused
    AcmeMessagingSmsStatus.REPONSE_REFUSEE -> {
    }
    // 100-300 OTHER_SERIES: Other 100-300 series
    AcmeMessagingSmsStatus.OTHER_SERIES -> {
    }

    // Failed, retryable: sending again can succeed
    // -1 INTERNAL: Internal error (deprecated)
    AcmeMessagingSmsStatus.INTERNAL -> {
    }
    // 20 EXPIRED: Message has expired.
    AcmeMessagingSmsStatus.EXPIRED -> {
    }
    // 22 DELIVERY_FAILURE: Temporary error delivering message.
    AcmeMessagingSmsStatus.DELIVERY_FAILURE_22 -> {
    }
    // 34-37 Supplier errors
    AcmeMessagingSmsStatus.SUPPLIER_ERRORS -> {
    }

    // Informational or not classified
    // 24 undocumented
    AcmeMessagingSmsStatus.CODE_24 -> {
    }
    // 27 状态: Status written in Chinese
    AcmeMessagingSmsStatus.STATUS_WRITTEN_IN_CHINESE -> {
    }
    // 40 default: A name that is a keyword
    AcmeMessagingSmsStatus.DEFAULT -> {
    }
    // 42 FROM_CODE: A name that clashes with the generated Go lookup
    AcmeMessagingSmsStatus.FROM_CODE -> {
    }
}
