// Tricky test catalog * / ? > (Acme Messaging, sms), catalog "tricky-test".
// Source: https://example.com/status?x=* /&y=? >
type AcmeMessagingSmsStatus int

const (
	// Delivered or accepted
	// 5 DEVICE_ACK: Device acknowledged delivery
	AcmeMessagingSmsStatusDeviceAck AcmeMessagingSmsStatus = 5
	// 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
	AcmeMessagingSmsStatusRead AcmeMessagingSmsStatus = 6
	// 7820 ACCEPTED: Accepted by the operator
	AcmeMessagingSmsStatusAccepted AcmeMessagingSmsStatus = 7820

	// Pending: a later status follows
	// 2 QUEUED: Message is queued
	AcmeMessagingSmsStatusQueued AcmeMessagingSmsStatus = 2
	// 3 class: A name that is a keyword in most languages
	AcmeMessagingSmsStatusClass AcmeMessagingSmsStatus = 3
	// 4 self: A name that is Self in Pascal case
	AcmeMessagingSmsStatusSelf AcmeMessagingSmsStatus = 4

	// Failed, final (not known to be retryable)
	// 1 UNKNOWN: Message not found
	AcmeMessagingSmsStatusUnknown AcmeMessagingSmsStatus = 1
	// 21 DELIVERY_FAILURE: Error delivering message.
	AcmeMessagingSmsStatusDeliveryFailure21 AcmeMessagingSmsStatus = 21
	// 23 Message not delivered: (reason)
	AcmeMessagingSmsStatusMessageNotDelivered AcmeMessagingSmsStatus = 23
	// 25 2FA_REQUIRED: Two-factor authentication required
	AcmeMessagingSmsStatusCode2faRequired AcmeMessagingSmsStatus = 25
	// 26 Réponse refusée: Response refused
	AcmeMessagingSmsStatusReponseRefusee AcmeMessagingSmsStatus = 26
	// 100-300 OTHER_SERIES: Other 100-300 series
	AcmeMessagingSmsStatusOtherSeries AcmeMessagingSmsStatus = 100

	// Failed, retryable: sending again can succeed
	// -1 INTERNAL: Internal error (deprecated)
	AcmeMessagingSmsStatusInternal AcmeMessagingSmsStatus = -1
	// 20 EXPIRED: Message has expired.
	AcmeMessagingSmsStatusExpired AcmeMessagingSmsStatus = 20
	// 22 DELIVERY_FAILURE: Temporary error delivering message.
	AcmeMessagingSmsStatusDeliveryFailure22 AcmeMessagingSmsStatus = 22
	// 34-37 Supplier errors
	AcmeMessagingSmsStatusSupplierErrors AcmeMessagingSmsStatus = 34

	// Informational or not classified
	// 24 undocumented
	AcmeMessagingSmsStatusCode24 AcmeMessagingSmsStatus = 24
	// 27 状态: Status written in Chinese
	AcmeMessagingSmsStatusStatusWrittenInChinese AcmeMessagingSmsStatus = 27
	// 40 default: A name that is a keyword
	AcmeMessagingSmsStatusDefault AcmeMessagingSmsStatus = 40
	// 42 FROM_CODE: A name that clashes with the generated Go lookup
	AcmeMessagingSmsStatusFromCode42 AcmeMessagingSmsStatus = 42
)

// AcmeMessagingSmsStatusFromCode returns the constant for a received code (a range maps to its first code), and false for a code the catalog does not list.
func AcmeMessagingSmsStatusFromCode(code int) (AcmeMessagingSmsStatus, bool) {
	switch status := AcmeMessagingSmsStatus(code); status {
	case AcmeMessagingSmsStatusInternal,
		AcmeMessagingSmsStatusUnknown,
		AcmeMessagingSmsStatusQueued,
		AcmeMessagingSmsStatusClass,
		AcmeMessagingSmsStatusSelf,
		AcmeMessagingSmsStatusDeviceAck,
		AcmeMessagingSmsStatusRead,
		AcmeMessagingSmsStatusExpired,
		AcmeMessagingSmsStatusDeliveryFailure21,
		AcmeMessagingSmsStatusDeliveryFailure22,
		AcmeMessagingSmsStatusMessageNotDelivered,
		AcmeMessagingSmsStatusCode24,
		AcmeMessagingSmsStatusCode2faRequired,
		AcmeMessagingSmsStatusReponseRefusee,
		AcmeMessagingSmsStatusStatusWrittenInChinese,
		AcmeMessagingSmsStatusSupplierErrors,
		AcmeMessagingSmsStatusDefault,
		AcmeMessagingSmsStatusFromCode42,
		AcmeMessagingSmsStatusOtherSeries,
		AcmeMessagingSmsStatusAccepted:
		return status, true
	}
	if code >= 34 && code <= 37 {
		return AcmeMessagingSmsStatusSupplierErrors, true
	}
	if code >= 100 && code <= 300 {
		return AcmeMessagingSmsStatusOtherSeries, true
	}
	return 0, false
}

func handleAcmeMessagingSmsStatus(status AcmeMessagingSmsStatus) {
	switch status {
	// Delivered or accepted
	// 5 DEVICE_ACK: Device acknowledged delivery
	case AcmeMessagingSmsStatusDeviceAck:
	// 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
	case AcmeMessagingSmsStatusRead:
	// 7820 ACCEPTED: Accepted by the operator
	case AcmeMessagingSmsStatusAccepted:

	// Pending: a later status follows
	// 2 QUEUED: Message is queued
	case AcmeMessagingSmsStatusQueued:
	// 3 class: A name that is a keyword in most languages
	case AcmeMessagingSmsStatusClass:
	// 4 self: A name that is Self in Pascal case
	case AcmeMessagingSmsStatusSelf:

	// Failed, final (not known to be retryable)
	// 1 UNKNOWN: Message not found
	case AcmeMessagingSmsStatusUnknown:
	// 21 DELIVERY_FAILURE: Error delivering message.
	case AcmeMessagingSmsStatusDeliveryFailure21:
	// 23 Message not delivered: (reason)
	case AcmeMessagingSmsStatusMessageNotDelivered:
	// 25 2FA_REQUIRED: Two-factor authentication required
	case AcmeMessagingSmsStatusCode2faRequired:
	// 26 Réponse refusée: Response refused
	case AcmeMessagingSmsStatusReponseRefusee:
	// 100-300 OTHER_SERIES: Other 100-300 series
	case AcmeMessagingSmsStatusOtherSeries:

	// Failed, retryable: sending again can succeed
	// -1 INTERNAL: Internal error (deprecated)
	case AcmeMessagingSmsStatusInternal:
	// 20 EXPIRED: Message has expired.
	case AcmeMessagingSmsStatusExpired:
	// 22 DELIVERY_FAILURE: Temporary error delivering message.
	case AcmeMessagingSmsStatusDeliveryFailure22:
	// 34-37 Supplier errors
	case AcmeMessagingSmsStatusSupplierErrors:

	// Informational or not classified
	// 24 undocumented
	case AcmeMessagingSmsStatusCode24:
	// 27 状态: Status written in Chinese
	case AcmeMessagingSmsStatusStatusWrittenInChinese:
	// 40 default: A name that is a keyword
	case AcmeMessagingSmsStatusDefault:
	// 42 FROM_CODE: A name that clashes with the generated Go lookup
	case AcmeMessagingSmsStatusFromCode42:
	default:
		panic(status)
	}
}
