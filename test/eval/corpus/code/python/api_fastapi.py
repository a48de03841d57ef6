from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, status
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.responses import Response

app = FastAPI(title="inventory", version="1.4.2")


@app.get("/items/{item_id}", status_code=status.HTTP_200_OK)
async def read_item(item_id: int, q: Annotated[str | None, Query(max_length=50)] = None):
    item = await repo.get(item_id)
    if item is None:
        raise HTTPException(status_code=404, detail="Item not found")
    return item


@app.post("/items", status_code=status.HTTP_201_CREATED)
async def create_item(item: ItemIn, user=Depends(current_user)):
    if not user.can_write:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "read-only account")
    return await repo.add(item)


@app.get("/legacy")
async def legacy():
    return RedirectResponse("/items", status_code=301)


@app.get("/ping")
async def ping():
    return Response(status_code=204)


@app.exception_handler(ValueError)
async def value_error(_request, exc):
    return JSONResponse({"detail": str(exc)}, status_code=422)


def status_class(code: int) -> str:
    if 200 <= code < 300:
        return "success"
    if 400 <= code < 500:
        return "client error"
    return "other"
