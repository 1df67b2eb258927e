"""school year set-up: the year's dates, kinds of days off, moved working days, short days

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 13:00:00

Written by hand. The academic year gets its first and last day (empty: 1 September – 31 August, as
before); a holiday gets its kind (каникулы or an extra day off); two new tables hold the days moved
by a government decree («перенос рабочего дня») and the short days (shortened lessons).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("academic_year") as batch:
        batch.add_column(sa.Column("start", sa.Date(), nullable=True))
        batch.add_column(sa.Column("end", sa.Date(), nullable=True))
    with op.batch_alter_table("holiday") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=24), nullable=False, server_default="holiday"))
    op.create_table(
        "moved_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("academic_year_id", sa.Integer(), nullable=False),
        sa.Column("day_off", sa.Date(), nullable=False),
        sa.Column("working_day", sa.Date(), nullable=False),
        sa.Column("works_as", sa.Integer(), nullable=False),
        sa.Column("decree", sa.String(length=300), nullable=False),
        sa.CheckConstraint("works_as BETWEEN 0 AND 5", name=op.f("ck_moved_day_works_as")),
        sa.ForeignKeyConstraint(["academic_year_id"], ["academic_year.id"],
                                name=op.f("fk_moved_day_academic_year_id_academic_year"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moved_day")),
    )
    op.create_table(
        "short_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("academic_year_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("lesson_minutes", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.CheckConstraint("lesson_minutes BETWEEN 10 AND 45", name=op.f("ck_short_day_lesson_minutes")),
        sa.ForeignKeyConstraint(["academic_year_id"], ["academic_year.id"],
                                name=op.f("fk_short_day_academic_year_id_academic_year"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_short_day")),
        sa.UniqueConstraint("academic_year_id", "date", name=op.f("uq_short_day_academic_year_id")),
    )


def downgrade() -> None:
    op.drop_table("short_day")
    op.drop_table("moved_day")
    with op.batch_alter_table("holiday") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("academic_year") as batch:
        batch.drop_column("end")
        batch.drop_column("start")
