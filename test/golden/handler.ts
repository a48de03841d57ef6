// Tricky test catalog * / ? > (Acme Messaging, sms), catalog "tricky-test".
// Source: https://example.com/status?x=* /&y=? >
export const AcmeMessagingSmsStatus = {
  // Delivered or accepted
  /** 5 DEVICE_ACK: Device acknowledged delivery */
  DEVICE_ACK: 5,
  /** 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil */
  READ: 6,
  /** 7820 ACCEPTED: Accepted by the operator */
  ACCEPTED: 7820,

  // Pending: a later status follows
  /** 2 QUEUED: Message is queued */
  QUEUED: 2,
  /** 3 class: A name that is a keyword in most languages */
  CLASS: 3,
  /** 4 self: A name that is Self in Pascal case */
  SELF: 4,

  // Failed, final (not known to be retryable)
  /** 1 UNKNOWN: Message not found */
  UNKNOWN: 1,
  /** 21 DELIVERY_FAILURE: Error delivering message. */
  DELIVERY_FAILURE_21: 21,
  /** 23 Message not delivered: (reason) */
  MESSAGE_NOT_DELIVERED: 23,
  /** 25 2FA_REQUIRED: Two-factor authentication required */
  CODE_2FA_REQUIRED: 25,
  /** 26 Réponse refusée: Response refused */
  REPONSE_REFUSEE: 26,
  /** 100-300 OTHER_SERIES: Other 100-300 series */
  OTHER_SERIES: 100,

  // Failed, retryable: sending again can succeed
  /** -1 INTERNAL: Internal error (deprecated) */
  INTERNAL: -1,
  /** 20 EXPIRED: Message has expired. */
  EXPIRED: 20,
  /** 22 DELIVERY_FAILURE: Temporary error delivering message. */
  DELIVERY_FAILURE_22: 22,
  /** 34-37 Supplier errors */
  SUPPLIER_ERRORS: 34,

  // Informational or not classified
  /** 24 undocumented */
  CODE_24: 24,
  /** 27 状态: Status written in Chinese */
  STATUS_WRITTEN_IN_CHINESE: 27,
  /** 40 default: A name that is a keyword */
  DEFAULT: 40,
  /** 42 FROM_CODE: A name that clashes with the generated Go lookup */
  FROM_CODE: 42,
} as const;

export type AcmeMessagingSmsStatus = (typeof AcmeMessagingSmsStatus)[keyof typeof AcmeMessagingSmsStatus];

/** The AcmeMessagingSmsStatus member for a received code (a range maps to its first code), or undefined for a code the catalog does not list. */
export function acmeMessagingSmsStatusFromCode(code: number): AcmeMessagingSmsStatus | undefined {
  if ((Object.values(AcmeMessagingSmsStatus) as number[]).includes(code)) {
    return code as AcmeMessagingSmsStatus;
  }
  if (code >= 34 && code <= 37) {
    return AcmeMessagingSmsStatus.SUPPLIER_ERRORS;
  }
  if (code >= 100 && code <= 300) {
    return AcmeMessagingSmsStatus.OTHER_SERIES;
  }
  return undefined;
}

export function handleAcmeMessagingSmsStatus(status: AcmeMessagingSmsStatus): void {
  switch (status) {
    // Delivered or accepted
    // 5 DEVICE_ACK: Device acknowledged delivery
    case AcmeMessagingSmsStatus.DEVICE_ACK:
      break;
    // 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
    case AcmeMessagingSmsStatus.READ:
      break;
    // 7820 ACCEPTED: Accepted by the operator
    case AcmeMessagingSmsStatus.ACCEPTED:
      break;

    // Pending: a later status follows
    // 2 QUEUED: Message is queued
    case AcmeMessagingSmsStatus.QUEUED:
      break;
    // 3 class: A name that is a keyword in most languages
    case AcmeMessagingSmsStatus.CLASS:
      break;
    // 4 self: A name that is Self in Pascal case
    case AcmeMessagingSmsStatus.SELF:
      break;

    // Failed, final (not known to be retryable)
    // 1 UNKNOWN: Message not found
    case AcmeMessagingSmsStatus.UNKNOWN:
      break;
    // 21 DELIVERY_FAILURE: Error delivering message.
    case AcmeMessagingSmsStatus.DELIVERY_FAILURE_21:
      break;
    // 23 Message not delivered: (reason)
    case AcmeMessagingSmsStatus.MESSAGE_NOT_DELIVERED:
      break;
    // 25 2FA_REQUIRED: Two-factor authentication required
    case AcmeMessagingSmsStatus.CODE_2FA_REQUIRED:
      break;
    // 26 Réponse refusée: Response refused
    case AcmeMessagingSmsStatus.REPONSE_REFUSEE:
      break;
    // 100-300 OTHER_SERIES: Other 100-300 series
    case AcmeMessagingSmsStatus.OTHER_SERIES:
      break;

    // Failed, retryable: sending again can succeed
    // -1 INTERNAL: Internal error (deprecated)
    case AcmeMessagingSmsStatus.INTERNAL:
      break;
    // 20 EXPIRED: Message has expired.
    case AcmeMessagingSmsStatus.EXPIRED:
      break;
    // 22 DELIVERY_FAILURE: Temporary error delivering message.
    case AcmeMessagingSmsStatus.DELIVERY_FAILURE_22:
      break;
    // 34-37 Supplier errors
    case AcmeMessagingSmsStatus.SUPPLIER_ERRORS:
      break;

    // Informational or not classified
    // 24 undocumented
    case AcmeMessagingSmsStatus.CODE_24:
      break;
    // 27 状态: Status written in Chinese
    case AcmeMessagingSmsStatus.STATUS_WRITTEN_IN_CHINESE:
      break;
    // 40 default: A name that is a keyword
    case AcmeMessagingSmsStatus.DEFAULT:
      break;
    // 42 FROM_CODE: A name that clashes with the generated Go lookup
    case AcmeMessagingSmsStatus.FROM_CODE:
      break;
    default: {
      // Unreachable while every member has a case: adding a member to the type makes this line a compile error.
      const unhandled: never = status;
      throw new Error(`Unhandled AcmeMessagingSmsStatus: ${String(unhandled)}`);
    }
  }
}
