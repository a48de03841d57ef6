"""Reason phrases for the tiny test server used in integration tests."""

RESPONSES = {
    100: ("Continue", "Request received, please continue"),
    200: ("OK", "Request fulfilled, document follows"),
    204: ("No Content", "Request fulfilled, nothing follows"),
    301: ("Moved Permanently", "Object moved permanently"),
    304: ("Not Modified", "Document has not changed since given time"),
    400: ("Bad Request", "Bad request syntax or unsupported method"),
    404: ("Not Found", "Nothing matches the given URI"),
    405: ("Method Not Allowed", "Specified method is invalid for this resource"),
    500: ("Internal Server Error", "Server got itself in trouble"),
    501: ("Not Implemented", "Server does not support this operation"),
}

RETRY_AFTER = {429: 30, 503: 120}
PORTS = {"http": 8080, "https": 8443, "metrics": 9102}


def phrase(code: int) -> str:
    return RESPONSES.get(code, ("Unknown", ""))[0]
