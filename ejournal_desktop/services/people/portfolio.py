"""The portfolio: documents of a pupil or a teacher kept inside the encrypted database."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.names import full_name
from ...domain.rights import Action
from ...domain.sizes import file_size
from ...storage.database import Database
from ...storage.models import Attachment, Staff, utcnow
from ..access import audit, settings
from ..access.actor import Actor
from ..access.guard import Denied, permits_action, unit
from ..errors import ServiceError
from .class_list_data import AttachmentInfo
from .pupil_access import _pupil, _require_edit_pupil, _require_view_pupil
from .pupil_fields import _text


# --- portfolio -------------------------------------------------------------------------------------------------

def _attachments(session: Session, *, pupil_id: int | None = None,
                 staff_id: int | None = None) -> list[AttachmentInfo]:
    where = Attachment.pupil_id == pupil_id if pupil_id is not None else Attachment.staff_id == staff_id
    return [AttachmentInfo(r.id, r.file_name, r.size or 0, r.added_at) for r in session.execute(
        select(Attachment.id, Attachment.file_name, func.length(Attachment.content).label("size"),
               Attachment.added_at).where(where).order_by(Attachment.added_at, Attachment.id))]


def _portfolio_owner(session: Session, actor: Actor, pupil_id: int | None, staff_id: int | None,
                     *, edit: bool) -> str:
    if (pupil_id is None) == (staff_id is None):
        raise ServiceError("Портфолио принадлежит одному ученику или одному сотруднику.")
    if staff_id is not None:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise ServiceError(f"Сотрудника с номером {staff_id} в журнале нет.")
        if not (actor.staff_id == staff_id or permits_action(actor, Action.manage_staff)):
            raise Denied(Action.manage_staff, "портфолио сотрудника")
        return full_name(staff.surname, staff.name, staff.patronymic)
    pupil = _pupil(session, pupil_id)
    (_require_edit_pupil if edit else _require_view_pupil)(session, actor, pupil)
    return full_name(pupil.surname, pupil.name, pupil.patronymic)


def portfolio_limit(db: Database) -> int:
    """The largest file a portfolio takes, in bytes (setting portfolio_max_mb)."""
    return settings.read(db, "portfolio_max_mb") * 2**20


def add_attachment(db: Database, actor: Actor, *, pupil_id: int | None = None, staff_id: int | None = None,
                   path: str | Path | None = None, file_name: str = "", content: bytes | None = None
                   ) -> AttachmentInfo:
    """Put a document (a scan, a diploma) into a pupil's (or teacher's) portfolio, inside the
    encrypted database. A file above the size limit is refused before it is read whole."""
    if path is not None:
        path = Path(path)
        file_name = file_name or path.name
    file_name = _text(Path(file_name).name, "Имя файла", 300)
    if not file_name:
        raise ServiceError("У файла нет имени.")
    with unit(db, actor) as session:
        who = _portfolio_owner(session, actor, pupil_id, staff_id, edit=True)
        limit_mb = settings.get(session, "portfolio_max_mb")
        limit = limit_mb * 2**20
        size = path.stat().st_size if path is not None else len(content or b"")
        if size > limit:
            raise ServiceError(
                f"Файл «{file_name}» ({file_size(size)}) больше предела {limit_mb} МБ для одного документа "
                f"портфолио. Уменьшите скан (меньшее разрешение, PDF вместо фотографии) или разделите его "
                f"на части.")
        if path is not None:
            content = path.read_bytes()
            if len(content) > limit:
                raise ServiceError(f"Файл «{file_name}» вырос во время чтения и больше {limit_mb} МБ.")
        if not content:
            raise ServiceError(f"Файл «{file_name}» пуст: прикладывать нечего.")
        row = Attachment(pupil_id=pupil_id, staff_id=staff_id, file_name=file_name, content=content,
                         added_at=utcnow())
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "attachment", row.id,
                     new={"pupil_id": pupil_id, "staff_id": staff_id, "owner": who, "file_name": file_name,
                          "size": len(content), "sha256": hashlib.sha256(content).hexdigest()})
        return AttachmentInfo(row.id, file_name, len(content), row.added_at)


def attachments(db: Database, actor: Actor, *, pupil_id: int | None = None,
                staff_id: int | None = None) -> list[AttachmentInfo]:
    with unit(db, actor) as session:
        _portfolio_owner(session, actor, pupil_id, staff_id, edit=False)
        return _attachments(session, pupil_id=pupil_id, staff_id=staff_id)


def attachment_content(db: Database, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    with unit(db, actor) as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise ServiceError("Такого документа в портфолио нет.")
        _portfolio_owner(session, actor, row.pupil_id, row.staff_id, edit=False)
        return row.file_name, row.content


def save_attachment(db: Database, actor: Actor, attachment_id: int, path: str | Path) -> Path:
    """Write a portfolio document out to a file (whole or not at all)."""
    _name, content = attachment_content(db, actor, attachment_id)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(content)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def remove_attachment(db: Database, actor: Actor, attachment_id: int) -> None:
    with unit(db, actor) as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise ServiceError("Такого документа в портфолио нет.")
        _portfolio_owner(session, actor, row.pupil_id, row.staff_id, edit=True)
        old = {"pupil_id": row.pupil_id, "staff_id": row.staff_id, "file_name": row.file_name,
               "size": len(row.content), "sha256": hashlib.sha256(row.content).hexdigest()}
        session.delete(row)
        session.flush()
        audit.record(session, actor.account_id, "delete", "attachment", attachment_id, old=old)
