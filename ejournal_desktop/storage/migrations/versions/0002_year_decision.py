"""year decisions: a pupil's outcome of the year (promotion, repeat, conditional, graduation)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 10:00:00

Written by hand: one new table, nothing else changes.
"""

import sqlalchemy as sa
from alembic import op

import ejournal_desktop.storage.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "year_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("academic_year_id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.Enum("promotion", "conditional_promotion", "repeat_year", "graduation",
                                      name="year_decision_kind", native_enum=False, create_constraint=True,
                                      length=24), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", ejournal_desktop.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["academic_year_id"], ["academic_year.id"],
                                name=op.f("fk_year_decision_academic_year_id_academic_year"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["decided_by"], ["account.id"], name=op.f("fk_year_decision_decided_by_account")),
        sa.ForeignKeyConstraint(["pupil_id"], ["pupil.id"], name=op.f("fk_year_decision_pupil_id_pupil")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_decision")),
        sa.UniqueConstraint("academic_year_id", "pupil_id", name=op.f("uq_year_decision_academic_year_id")),
    )
    with op.batch_alter_table("year_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_year_decision_pupil_id"), ["pupil_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("year_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_year_decision_pupil_id"))
    op.drop_table("year_decision")
