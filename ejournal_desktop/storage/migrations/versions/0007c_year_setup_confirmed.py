"""the next year's copied periods and holidays are confirmed by the school

Revision ID: 0007c
Revises: 0007a
Create Date: 2026-12-03 19:15:00

academic_year.periods_confirmed / holidays_confirmed: closing a year copies the periods and holidays
into the next one with default dates; the checklist asks to confirm them. Years that exist already
count as confirmed (server default true); a new year's rows are written unconfirmed by the ORM.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007c"
down_revision = "0007a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (a constant default): SQLite needs no table copy.
    op.add_column("academic_year", sa.Column("periods_confirmed", sa.Boolean(), server_default=sa.true(),
                                             nullable=False))
    op.add_column("academic_year", sa.Column("holidays_confirmed", sa.Boolean(), server_default=sa.true(),
                                             nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("academic_year") as batch:
        batch.drop_column("holidays_confirmed")
        batch.drop_column("periods_confirmed")
