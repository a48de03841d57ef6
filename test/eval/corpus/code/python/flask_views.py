from http import HTTPStatus

from flask import Blueprint, abort, jsonify, make_response, request

bp = Blueprint("notes", __name__, url_prefix="/notes")
MAX_TITLE = 120
DEFAULT_PAGE_SIZE = 20


@bp.get("/<int:note_id>")
def show(note_id: int):
    note = Note.query.get(note_id)
    if note is None:
        abort(404)
    if note.owner_id != current_user.id:
        abort(403, description="not your note")
    return jsonify(note.to_dict())


@bp.post("/")
def create():
    payload = request.get_json(silent=True) or {}
    title = payload.get("title", "")[:MAX_TITLE]
    if not title:
        return jsonify(error="title is required"), 400
    note = Note(title=title, body=payload.get("body", ""))
    db.session.add(note)
    db.session.commit()
    return jsonify(note.to_dict()), 201, {"Location": f"/notes/{note.id}"}


@bp.delete("/<int:note_id>")
def delete(note_id: int):
    Note.query.filter_by(id=note_id).delete()
    db.session.commit()
    return "", HTTPStatus.NO_CONTENT


@bp.get("/export")
def export():
    if request.args.get("format") not in {"csv", "json"}:
        return make_response("unsupported format", 415)
    resp = make_response(render_export(limit=DEFAULT_PAGE_SIZE * 50))
    resp.status_code = 200
    return resp


@bp.errorhandler(HTTPStatus.TOO_MANY_REQUESTS)
def too_many(_error):
    return jsonify(error="slow down", retry_after=30), 429


@bp.route("/old/<path:rest>")
def old(rest):
    return redirect(f"/notes/{rest}", code=308)
