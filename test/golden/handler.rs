// Tricky test catalog * / ? > (Acme Messaging, sms), catalog "tricky-test".
// Source: https://example.com/status?x=* /&y=? >
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AcmeMessagingSmsStatus {
    // Delivered or accepted
    /// 5 DEVICE_ACK: Device acknowledged delivery
    DeviceAck = 5,
    /// 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
    Read = 6,
    /// 7820 ACCEPTED: Accepted by the operator
    Accepted = 7820,

    // Pending: a later status follows
    /// 2 QUEUED: Message is queued
    Queued = 2,
    /// 3 class: A name that is a keyword in most languages
    Class = 3,
    /// 4 self: A name that is Self in Pascal case
    Self4 = 4,

    // Failed, final (not known to be retryable)
    /// 1 UNKNOWN: Message not found
    Unknown = 1,
    /// 21 DELIVERY_FAILURE: Error delivering message.
    DeliveryFailure21 = 21,
    /// 23 Message not delivered: (reason)
    MessageNotDelivered = 23,
    /// 25 2FA_REQUIRED: Two-factor authentication required
    Code2faRequired = 25,
    /// 26 Réponse refusée: Response refused
    ReponseRefusee = 26,
    /// 100-300 OTHER_SERIES: Other 100-300 series
    OtherSeries = 100,

    // Failed, retryable: sending again can succeed
    /// -1 INTERNAL: Internal error (deprecated)
    Internal = -1,
    /// 20 EXPIRED: Message has expired.
    Expired = 20,
    /// 22 DELIVERY_FAILURE: Temporary error delivering message.
    DeliveryFailure22 = 22,
    /// 34-37 Supplier errors
    SupplierErrors = 34,

    // Informational or not classified
    /// 24 undocumented
    Code24 = 24,
    /// 27 状态: Status written in Chinese
    StatusWrittenInChinese = 27,
    /// 40 default: A name that is a keyword
    Default = 40,
    /// 42 FROM_CODE: A name that clashes with the generated Go lookup
    FromCode = 42,
}

impl AcmeMessagingSmsStatus {
    /// The code, or the first code of a range.
    pub fn code(self) -> i32 {
        self as i32
    }

    /// The variant for a received code, or `None` for a code the catalog does not list.
    pub fn from_code(code: i32) -> Option<Self> {
        match code {
            -1 => Some(Self::Internal),
            1 => Some(Self::Unknown),
            2 => Some(Self::Queued),
            3 => Some(Self::Class),
            4 => Some(Self::Self4),
            5 => Some(Self::DeviceAck),
            6 => Some(Self::Read),
            20 => Some(Self::Expired),
            21 => Some(Self::DeliveryFailure21),
            22 => Some(Self::DeliveryFailure22),
            23 => Some(Self::MessageNotDelivered),
            24 => Some(Self::Code24),
            25 => Some(Self::Code2faRequired),
            26 => Some(Self::ReponseRefusee),
            27 => Some(Self::StatusWrittenInChinese),
            40 => Some(Self::Default),
            42 => Some(Self::FromCode),
            7820 => Some(Self::Accepted),
            34..=37 => Some(Self::SupplierErrors),
            100..=300 => Some(Self::OtherSeries),
            _ => None,
        }
    }
}

pub fn handle_acme_messaging_sms_status(status: AcmeMessagingSmsStatus) {
    match status {
        // Delivered or accepted
        // 5 DEVICE_ACK: Device acknowledged delivery
        AcmeMessagingSmsStatus::DeviceAck => {
        }
        // 6 READ: Read * / alert(1); / * ? > <?php /u000a line break sep ${1:x} $HOME } `tick` evil
        AcmeMessagingSmsStatus::Read => {
        }
        // 7820 ACCEPTED: Accepted by the operator
        AcmeMessagingSmsStatus::Accepted => {
        }

        // Pending: a later status follows
        // 2 QUEUED: Message is queued
        AcmeMessagingSmsStatus::Queued => {
        }
        // 3 class: A name that is a keyword in most languages
        AcmeMessagingSmsStatus::Class => {
        }
        // 4 self: A name that is Self in Pascal case
        AcmeMessagingSmsStatus::Self4 => {
        }

        // Failed, final (not known to be retryable)
        // 1 UNKNOWN: Message not found
        AcmeMessagingSmsStatus::Unknown => {
        }
        // 21 DELIVERY_FAILURE: Error delivering message.
        AcmeMessagingSmsStatus::DeliveryFailure21 => {
        }
        // 23 Message not delivered: (reason)
        AcmeMessagingSmsStatus::MessageNotDelivered => {
        }
        // 25 2FA_REQUIRED: Two-factor authentication required
        AcmeMessagingSmsStatus::Code2faRequired => {
        }
        // 26 Réponse refusée: Response refused
        AcmeMessagingSmsStatus::ReponseRefusee => {
        }
        // 100-300 OTHER_SERIES: Other 100-300 series
        AcmeMessagingSmsStatus::OtherSeries => {
        }

        // Failed, retryable: sending again can succeed
        // -1 INTERNAL: Internal error (deprecated)
        AcmeMessagingSmsStatus::Internal => {
        }
        // 20 EXPIRED: Message has expired.
        AcmeMessagingSmsStatus::Expired => {
        }
        // 22 DELIVERY_FAILURE: Temporary error delivering message.
        AcmeMessagingSmsStatus::DeliveryFailure22 => {
        }
        // 34-37 Supplier errors
        AcmeMessagingSmsStatus::SupplierErrors => {
        }

        // Informational or not classified
        // 24 undocumented
        AcmeMessagingSmsStatus::Code24 => {
        }
        // 27 状态: Status written in Chinese
        AcmeMessagingSmsStatus::StatusWrittenInChinese => {
        }
        // 40 default: A name that is a keyword
        AcmeMessagingSmsStatus::Default => {
        }
        // 42 FROM_CODE: A name that clashes with the generated Go lookup
        AcmeMessagingSmsStatus::FromCode => {
        }
    }
}
