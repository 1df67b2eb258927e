"""why a backup went to one medium

Revision ID: 0008e
Revises: 0008b
Create Date: 2026-12-04 19:20:00

backup_record.one_medium_reason: a weekly backup needs two media (the regulation) unless the
administrator records why not; the reason is kept with the backup's record and shown in its history.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008e"
down_revision = "0008b"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("backup_record", sa.Column("one_medium_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("backup_record") as batch:
        batch.drop_column("one_medium_reason")
