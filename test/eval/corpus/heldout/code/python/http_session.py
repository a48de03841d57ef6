"""A requests session for the partner catalogue API, with retries and a circuit breaker."""
from __future__ import annotations

import logging
import time
from http import HTTPStatus

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 3.05
READ_TIMEOUT = 27
POOL_SIZE = 20
BREAKER_THRESHOLD = 5
BREAKER_COOLDOWN_S = 60

# Statuses the partner documents as transient; everything else is final.
RETRY_STATUSES = (429, 500, 502, 503, 504)
AUTH_FAILURES = {HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN}


def build_session(total_retries: int = 4, backoff: float = 0.5) -> requests.Session:
    retry = Retry(
        total=total_retries,
        connect=2,
        read=2,
        status=total_retries,
        backoff_factor=backoff,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "HEAD", "PUT", "DELETE"}),
        respect_retry_after_header=True,
        raise_on_status=False,
    )
    adapter = HTTPAdapter(max_retries=retry, pool_connections=POOL_SIZE, pool_maxsize=POOL_SIZE)
    session = requests.Session()
    session.mount("https://", adapter)
    session.headers["User-Agent"] = "catalogue-sync/4.12.0"
    return session


class PartnerCatalogue:
    def __init__(self, base_url: str, token: str, session: requests.Session | None = None):
        self.base_url = base_url.rstrip("/")
        self.session = session or build_session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self._failures = 0
        self._open_until = 0.0

    def product(self, sku: str) -> dict | None:
        if time.monotonic() < self._open_until:
            raise RuntimeError("partner catalogue circuit is open")
        resp = self.session.get(f"{self.base_url}/products/{sku}", timeout=(CONNECT_TIMEOUT, READ_TIMEOUT))

        if resp.status_code == 404:
            return None
        if resp.status_code in AUTH_FAILURES:
            raise PermissionError(f"partner refused our token ({resp.status_code})")
        if resp.status_code >= 500:
            self._trip()
            resp.raise_for_status()
        if resp.status_code == HTTPStatus.NOT_MODIFIED:
            return self._cached(sku)

        self._failures = 0
        return resp.json()

    def upload_images(self, sku: str, images: list[bytes]) -> int:
        sent = 0
        for chunk_start in range(0, len(images), 10):
            chunk = images[chunk_start:chunk_start + 10]
            resp = self.session.post(
                f"{self.base_url}/products/{sku}/images",
                files=[("image", img) for img in chunk],
                timeout=(CONNECT_TIMEOUT, 120),
            )
            if resp.status_code == 413:
                log.warning("images for %s too large in one request; halving", sku)
                return sent + self.upload_images(sku, chunk[: len(chunk) // 2])
            if resp.status_code not in (200, 201, 207):
                log.error("image upload for %s failed with %s: %.200s", sku, resp.status_code, resp.text)
                break
            sent += len(chunk)
        return sent

    def _trip(self) -> None:
        self._failures += 1
        if self._failures >= BREAKER_THRESHOLD:
            self._open_until = time.monotonic() + BREAKER_COOLDOWN_S
            log.error("partner catalogue failed %d times; pausing %d s", self._failures, BREAKER_COOLDOWN_S)

    def _cached(self, sku: str) -> dict | None:
        return None
