"""consent to personal-data processing, thematic plans (КТП), journal inspection remarks

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 11:30:00

Three new tables, nothing else changes.
"""

import sqlalchemy as sa
from alembic import op

import ejournal_desktop.storage.models

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pupil_id', sa.Integer(), nullable=True),
    sa.Column('guardian_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('given_by', sa.String(length=300), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('document', sa.String(length=300), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.Column('recorded_at', ejournal_desktop.storage.models.UTCDateTime(), nullable=False),
    sa.CheckConstraint('(CASE WHEN pupil_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN guardian_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN staff_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_consent_one_person')),
    sa.CheckConstraint('withdrawn_on IS NULL OR given_on <= withdrawn_on', name=op.f('ck_consent_dates')),
    sa.ForeignKeyConstraint(['guardian_id'], ['guardian.id'], name=op.f('fk_consent_guardian_id_guardian'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], name=op.f('fk_consent_pupil_id_pupil'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by'], ['account.id'], name=op.f('fk_consent_recorded_by_account')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_consent_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    op.create_index(op.f('ix_consent_pupil_id'), 'consent', ['pupil_id'], unique=False)
    op.create_table('journal_remark',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('course_id', sa.Integer(), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', ejournal_desktop.storage.models.UTCDateTime(), nullable=False),
    sa.Column('fixed_at', ejournal_desktop.storage.models.UTCDateTime(), nullable=True),
    sa.Column('fixed_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_journal_remark_course_id_course'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by'], ['account.id'], name=op.f('fk_journal_remark_created_by_account')),
    sa.ForeignKeyConstraint(['fixed_by'], ['account.id'], name=op.f('fk_journal_remark_fixed_by_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_remark'))
    )
    op.create_index('ix_journal_remark_course', 'journal_remark', ['course_id'], unique=False)
    op.create_table('thematic_plan_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('course_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_thematic_plan_item_course_id_course'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_thematic_plan_item')),
    sa.UniqueConstraint('course_id', 'position', name=op.f('uq_thematic_plan_item_course_id'))
    )


def downgrade() -> None:
    op.drop_table('thematic_plan_item')
    op.drop_index('ix_journal_remark_course', table_name='journal_remark')
    op.drop_table('journal_remark')
    op.drop_index(op.f('ix_consent_pupil_id'), table_name='consent')
    op.drop_table('consent')
    # ### end Alembic commands ###
