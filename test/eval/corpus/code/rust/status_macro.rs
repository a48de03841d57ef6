// The statuses our proxy knows by name, expanded into an enum and a lookup.
macro_rules! statuses {
    ($(($num:expr, $konst:ident, $phrase:expr);)+) => {
        $(pub const $konst: u16 = $num;)+
        pub fn reason(code: u16) -> Option<&'static str> {
            match code { $($num => Some($phrase),)+ _ => None }
        }
    };
}

statuses! {
    (200, OK, "OK");
    (201, CREATED, "Created");
    (202, ACCEPTED, "Accepted");
    (304, NOT_MODIFIED, "Not Modified");
    (307, TEMPORARY_REDIRECT, "Temporary Redirect");
    (400, BAD_REQUEST, "Bad Request");
    (401, UNAUTHORIZED, "Unauthorized");
    (404, NOT_FOUND, "Not Found");
    (500, INTERNAL_SERVER_ERROR, "Internal Server Error");
    (502, BAD_GATEWAY, "Bad Gateway");
    (504, GATEWAY_TIMEOUT, "Gateway Timeout");
}

pub const BUFFER_BYTES: usize = 16 * 1024;
pub const WORKERS: usize = 4;
