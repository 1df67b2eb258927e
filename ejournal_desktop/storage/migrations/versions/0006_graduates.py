"""graduates: a pupil's СНИЛС and the certificates (аттестаты) of 9th and 11th graders (ФИС ФРДО)

Revision ID: 0006
Revises: 0003
Create Date: 2026-12-03 13:30:00

Written by hand: one new column (pupil.snils, empty for everyone), one new table.
"""

import sqlalchemy as sa
from alembic import op

import ejournal_desktop.storage.models

revision = "0006"
down_revision = "0004b"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pupil", schema=None) as batch_op:
        batch_op.add_column(sa.Column("snils", sa.String(length=14), nullable=False, server_default=""))
    op.create_table(
        "graduation_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("academic_year_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("basic", "secondary", name="certificate_kind", native_enum=False,
                                  create_constraint=True, length=24), nullable=False),
        sa.Column("series", sa.String(length=20), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("registration_number", sa.String(length=30), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("with_honours", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column("recorded_at", ejournal_desktop.storage.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["pupil_id"], ["pupil.id"], name=op.f("fk_graduation_certificate_pupil_id_pupil"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["academic_year_id"], ["academic_year.id"],
                                name=op.f("fk_graduation_certificate_academic_year_id_academic_year")),
        sa.ForeignKeyConstraint(["recorded_by"], ["account.id"],
                                name=op.f("fk_graduation_certificate_recorded_by_account")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_graduation_certificate")),
        sa.UniqueConstraint("pupil_id", "kind", name=op.f("uq_graduation_certificate_pupil_id")),
        sa.UniqueConstraint("series", "number", name=op.f("uq_graduation_certificate_series")),
    )
    with op.batch_alter_table("graduation_certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_graduation_certificate_pupil_id"), ["pupil_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("graduation_certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_graduation_certificate_pupil_id"))
    op.drop_table("graduation_certificate")
    with op.batch_alter_table("pupil", schema=None) as batch_op:
        batch_op.drop_column("snils")
