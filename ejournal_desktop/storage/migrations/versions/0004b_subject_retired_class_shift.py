"""a subject can be retired; a class has its shift

Revision ID: 0004b
Revises: 0004 (rechained when issue15a was merged in: one line of heads)
Create Date: 2026-12-03 13:00:00

subject.retired (выведен из учебного плана: kept for old journals, offered for nothing new) and
school_class.shift (смена: which bell schedule the class follows). Both with a server default, so
existing rows take «not retired» and «first shift».
"""

import sqlalchemy as sa
from alembic import op

revision = "0004b"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (a constant default): SQLite needs no table copy, which foreign keys would refuse.
    op.add_column("subject", sa.Column("retired", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column("school_class", sa.Column("shift", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("school_class") as batch:
        batch.drop_column("shift")
    with op.batch_alter_table("subject") as batch:
        batch.drop_column("retired")
