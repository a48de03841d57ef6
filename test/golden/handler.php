// Tricky test catalog * / ? > (Acme Messaging, sms), catalog "tricky-test".
// Source: https://example.com/status?x=* /&y=? >
enum AcmeMessagingSmsStatus: int
{
    // Delivered or accepted
    // 5 DEVICE_ACK: Device acknowledged delivery
    case DeviceAck = 5;
    // 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
    case Read = 6;
    // 7820 ACCEPTED: Accepted by the operator
    case Accepted = 7820;

    // Pending: a later status follows
    // 2 QUEUED: Message is queued
    case Queued = 2;
    // 3 class: A name that is a keyword in most languages
    case Class3 = 3;
    // 4 self: A name that is Self in Pascal case
    case Self4 = 4;

    // Failed, final (not known to be retryable)
    // 1 UNKNOWN: Message not found
    case Unknown = 1;
    // 21 DELIVERY_FAILURE: Error delivering message.
    case DeliveryFailure21 = 21;
    // 23 Message not delivered: (reason)
    case MessageNotDelivered = 23;
    // 25 2FA_REQUIRED: Two-factor authentication required
    case Code2faRequired = 25;
    // 26 Réponse refusée: Response refused
    case ReponseRefusee = 26;
    // 100-300 OTHER_SERIES: Other 100-300 series
    case OtherSeries = 100;

    // Failed, retryable: sending again can succeed
    // -1 INTERNAL: Internal error (deprecated)
    case Internal = -1;
    // 20 EXPIRED: Message has expired.
    case Expired = 20;
    // 22 DELIVERY_FAILURE: Temporary error delivering message.
    case DeliveryFailure22 = 22;
    // 34-37 Supplier errors
    case SupplierErrors = 34;

    // Informational or not classified
    // 24 undocumented
    case Code24 = 24;
    // 27 状态: Status written in Chinese
    case StatusWrittenInChinese = 27;
    // 40 default: A name that is a keyword
    case Default40 = 40;
    // 42 FROM_CODE: A name that clashes with the generated Go lookup
    case FromCode = 42;

    // The case for a received code (a range maps to its case); throws ValueError for a code the catalog does not list.
    public static function fromCode(int $code): self
    {
        return self::tryFrom($code) ?? match (true) {
            $code >= 34 && $code <= 37 => self::SupplierErrors,
            $code >= 100 && $code <= 300 => self::OtherSeries,
            default => throw new \ValueError("Unknown AcmeMessagingSmsStatus code: $code"),
        };
    }
}

function handleAcmeMessagingSmsStatus(AcmeMessagingSmsStatus $status): void
{
    switch ($status) {
        // Delivered or accepted
        // 5 DEVICE_ACK: Device acknowledged delivery
        case AcmeMessagingSmsStatus::DeviceAck:
            break;
        // 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
        case AcmeMessagingSmsStatus::Read:
            break;
        // 7820 ACCEPTED: Accepted by the operator
        case AcmeMessagingSmsStatus::Accepted:
            break;

        // Pending: a later status follows
        // 2 QUEUED: Message is queued
        case AcmeMessagingSmsStatus::Queued:
            break;
        // 3 class: A name that is a keyword in most languages
        case AcmeMessagingSmsStatus::Class3:
            break;
        // 4 self: A name that is Self in Pascal case
        case AcmeMessagingSmsStatus::Self4:
            break;

        // Failed, final (not known to be retryable)
        // 1 UNKNOWN: Message not found
        case AcmeMessagingSmsStatus::Unknown:
            break;
        // 21 DELIVERY_FAILURE: Error delivering message.
        case AcmeMessagingSmsStatus::DeliveryFailure21:
            break;
        // 23 Message not delivered: (reason)
        case AcmeMessagingSmsStatus::MessageNotDelivered:
            break;
        // 25 2FA_REQUIRED: Two-factor authentication required
        case AcmeMessagingSmsStatus::Code2faRequired:
            break;
        // 26 Réponse refusée: Response refused
        case AcmeMessagingSmsStatus::ReponseRefusee:
            break;
        // 100-300 OTHER_SERIES: Other 100-300 series
        case AcmeMessagingSmsStatus::OtherSeries:
            break;

        // Failed, retryable: sending again can succeed
        // -1 INTERNAL: Internal error (deprecated)
        case AcmeMessagingSmsStatus::Internal:
            break;
        // 20 EXPIRED: Message has expired.
        case AcmeMessagingSmsStatus::Expired:
            break;
        // 22 DELIVERY_FAILURE: Temporary error delivering message.
        case AcmeMessagingSmsStatus::DeliveryFailure22:
            break;
        // 34-37 Supplier errors
        case AcmeMessagingSmsStatus::SupplierErrors:
            break;

        // Informational or not classified
        // 24 undocumented
        case AcmeMessagingSmsStatus::Code24:
            break;
        // 27 状态: Status written in Chinese
        case AcmeMessagingSmsStatus::StatusWrittenInChinese:
            break;
        // 40 default: A name that is a keyword
        case AcmeMessagingSmsStatus::Default40:
            break;
        // 42 FROM_CODE: A name that clashes with the generated Go lookup
        case AcmeMessagingSmsStatus::FromCode:
            break;
        default:
            throw new \UnexpectedValueException("Unhandled AcmeMessagingSmsStatus: {$status->value}");
    }
}
