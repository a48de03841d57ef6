"""Account service.

Every endpoint answers 401 without a session and 403 when the role is too low.
"""
from dataclasses import dataclass

RETRIES = 3


@dataclass
class Account:
    id: int
    tier: int = 1


def get_account(store, account_id: int) -> Account:
    """Return the account; the view turns a KeyError into a 404."""
    return store[account_id]


def upgrade(account: Account, tier: int) -> Account:
    # 409 when the account is already on a higher tier
    if account.tier >= tier:
        raise ConflictError(f"already on tier {account.tier}")
    return Account(account.id, tier=min(tier, 3))
