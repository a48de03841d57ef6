"""Payout endpoints of the merchant API."""
from datetime import date, timedelta
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from fastapi.responses import JSONResponse

from .deps import current_merchant, get_ledger
from .models import Payout, PayoutCreate, PayoutPage
from .ledger import InsufficientFunds, Ledger, PayoutLocked

router = APIRouter(prefix="/v1/payouts", tags=["payouts"])

MIN_PAYOUT = Decimal("10.00")
MAX_PAYOUTS_PER_DAY = 3
SETTLEMENT_DELAY = timedelta(days=2)

NOT_FOUND = {404: {"description": "No such payout for this merchant"}}


@router.get("", response_model=PayoutPage)
async def list_payouts(
    ledger: Annotated[Ledger, Depends(get_ledger)],
    merchant=Depends(current_merchant),
    limit: int = Query(20, ge=1, le=100),
    since: date | None = None,
):
    return await ledger.payouts(merchant.id, limit=limit, since=since)


@router.get("/{payout_id}", response_model=Payout, responses=NOT_FOUND)
async def get_payout(payout_id: str, ledger: Annotated[Ledger, Depends(get_ledger)], merchant=Depends(current_merchant)):
    payout = await ledger.payout(merchant.id, payout_id)
    if payout is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="payout not found")
    return payout


@router.post(
    "",
    response_model=Payout,
    status_code=status.HTTP_201_CREATED,
    responses={
        402: {"description": "Balance too low for this payout"},
        409: {"description": "Another payout is being settled"},
        429: {"description": "Daily payout limit reached"},
    },
)
async def create_payout(body: PayoutCreate, ledger: Annotated[Ledger, Depends(get_ledger)], merchant=Depends(current_merchant)):
    if body.amount < MIN_PAYOUT:
        raise HTTPException(status_code=422, detail=f"minimum payout is {MIN_PAYOUT}")
    if await ledger.payouts_today(merchant.id) >= MAX_PAYOUTS_PER_DAY:
        return JSONResponse(
            status_code=status.HTTP_429_TOO_MANY_REQUESTS,
            content={"detail": "daily payout limit reached"},
            headers={"Retry-After": str(6 * 3600)},
        )
    try:
        return await ledger.create_payout(merchant.id, body.amount, settle_after=SETTLEMENT_DELAY)
    except InsufficientFunds:
        raise HTTPException(status_code=402, detail="insufficient balance")
    except PayoutLocked as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, detail=str(exc)) from exc


@router.delete("/{payout_id}", status_code=204, responses=NOT_FOUND)
async def cancel_payout(payout_id: str, ledger: Annotated[Ledger, Depends(get_ledger)], merchant=Depends(current_merchant)):
    cancelled = await ledger.cancel(merchant.id, payout_id)
    if not cancelled:
        raise HTTPException(status_code=404)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{payout_id}/receipt.pdf")
async def receipt(payout_id: str, ledger: Annotated[Ledger, Depends(get_ledger)], merchant=Depends(current_merchant)):
    pdf = await ledger.receipt(merchant.id, payout_id, dpi=150, page_size="A4")
    if pdf is None:
        # Receipts exist only once the payout settled (two business days).
        return Response(status_code=status.HTTP_425_TOO_EARLY)
    return Response(content=pdf, media_type="application/pdf", headers={"Cache-Control": "max-age=86400"})
