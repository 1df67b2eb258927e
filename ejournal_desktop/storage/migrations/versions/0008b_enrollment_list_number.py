"""enrollment.list_number: the pupil's number in the class list (№ по журналу), fixed for the year

Revision ID: 0008b
Revises: 0007c
Create Date: 2026-12-04 19:30:00

Until now the number was the place in today's alphabetical list, so an arrival renumbered the class.
Existing rows are filled by that order: each class's pupils (every stay of the year, the departed too)
in Russian alphabetical order, a pupil with two stays in one class keeping one number. From now on the
services give a new stay the next number at the end.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008b"
down_revision = "0007c"
branch_labels = None
depends_on = None


def _key(surname: str, name: str, patronymic: str) -> tuple:
    # The alphabetical order of the lists (domain.names.person_sort_key, frozen here: a migration must
    # not change when the application's code does): «ё» sorts with «е», case ignored.
    return tuple((part or "").casefold().replace("ё", "е") for part in (surname, name, patronymic))


def upgrade() -> None:
    op.add_column("enrollment", sa.Column("list_number", sa.Integer(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT e.id, e.school_class_id, e.pupil_id, p.surname, p.name, p.patronymic "
        "FROM enrollment e JOIN pupil p ON p.id = e.pupil_id")).all()
    by_class: dict[int, dict[int, tuple]] = {}
    stays: dict[tuple[int, int], list[int]] = {}
    for eid, class_id, pupil_id, surname, name, patronymic in rows:
        by_class.setdefault(class_id, {})[pupil_id] = (_key(surname, name, patronymic), pupil_id)
        stays.setdefault((class_id, pupil_id), []).append(eid)
    updates = []
    for class_id, pupils in by_class.items():
        for number, pupil_id in enumerate(sorted(pupils, key=pupils.get), start=1):
            updates += [{"n": number, "id": eid} for eid in stays[(class_id, pupil_id)]]
    if updates:
        conn.execute(sa.text("UPDATE enrollment SET list_number = :n WHERE id = :id"), updates)


def downgrade() -> None:
    with op.batch_alter_table("enrollment") as batch:
        batch.drop_column("list_number")
