"""Client for Clickatell's older HTTP API (api.clickatell.com/http), kept for the SMPP-era account."""
import re
import urllib.parse
import urllib.request

BASE = "https://api.clickatell.com/http"
API_ID = "3401277"
TIMEOUT = 10

# messageStatus values of the old API are zero-padded strings.
DELIVERED = ("003", "004")
FAILED = {"005", "006", "007", "009", "010", "012"}
RETRY_ERRORS = {1, 3}

_REPLY = re.compile(r"^(ID|ERR): ?(\S+)(?:,? (.*))?$")


def _call(path: str, **params: str) -> str:
    query = urllib.parse.urlencode({"api_id": API_ID, **params})
    with urllib.request.urlopen(f"{BASE}/{path}?{query}", timeout=TIMEOUT) as reply:
        return reply.read().decode("latin-1").strip()


def send(session_id: str, to: str, text: str) -> str:
    reply = _call("sendmsg", session_id=session_id, to=to, text=text[:459], concat="3")
    kind, value, rest = _REPLY.match(reply).groups()
    if kind == "ERR":
        code = int(value.rstrip(","))
        if code == 301:
            raise RuntimeError("the account has no credit left")
        if code == 114:
            raise RuntimeError(f"cannot route to {to}")
        raise RuntimeError(f"clickatell error {code}: {rest}")
    return value


def delivered(session_id: str, api_msg_id: str) -> bool:
    reply = _call("querymsg", session_id=session_id, apimsgid=api_msg_id)
    status = reply.rsplit(" ", 1)[-1]
    if status in FAILED:
        return False
    return status in DELIVERED or status == "008"


def parse_callback(form: dict) -> tuple[str, str]:
    # e.g. apiMsgId=996f364775e24b8432f45d77da8eca47&cliMsgId=&timestamp=1218007814&to=279995631564&from=27833001171&status=004&charge=0.300000
    return form["apiMsgId"], form["status"]
