from starlette.applications import Starlette
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

MAX_NOTE = 2000


async def note(request):
    note_id = int(request.path_params["note_id"])
    found = await NOTES.get(note_id)
    if found is None:
        return Response("no such note", status_code=404)
    return JSONResponse(found)


async def create(request):
    body = await request.json()
    if len(body.get("text", "")) > MAX_NOTE:
        return PlainTextResponse("note too long", 413)
    return JSONResponse(await NOTES.add(body), status_code=201)


app = Starlette(routes=[Route("/notes/{note_id:int}", note), Route("/notes", create, methods=["POST"])])
