"""lesson: an index on (substitute_teacher_id, course_id) for the journal page's substitution query

Revision ID: 0007a
Revises: 0006
Create Date: 2026-12-03 19:15:00

Written by hand: one new index; `courses_for` looks up a teacher's substituted lessons of one year
through it instead of scanning the lessons of every year.
"""

from alembic import op

revision = "0007a"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_lesson_substitute", "lesson", ["substitute_teacher_id", "course_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_lesson_substitute", table_name="lesson")
