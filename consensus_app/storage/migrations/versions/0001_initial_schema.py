"""Accounts, stakeholders, relationships, pursuits, committees and priorities

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('industry', sa.String(length=200), nullable=True),
    sa.Column('region', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('language', sa.String(length=35), nullable=True),
    sa.Column('notes', sa.String(length=2000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('key', name=op.f('uq_account_key'))
    )
    op.create_table('pursuit',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('close_date', sa.Date(), nullable=True),
    sa.Column('stage', sa.Enum('problem_definition', 'solution_identification', 'supplier_selection', name='buying_stage', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('status', sa.Enum('open', 'won', 'lost', 'no_decision', name='pursuit_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('notes', sa.String(length=2000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('value IS NULL OR value >= 0', name=op.f('ck_pursuit_value_not_negative')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_pursuit_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pursuit')),
    sa.UniqueConstraint('account_id', 'key', name=op.f('uq_pursuit_account_id_key'))
    )
    with op.batch_alter_table('pursuit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pursuit_account_id'), ['account_id'], unique=False)

    op.create_table('stakeholder',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('function', sa.Enum('finance', 'it', 'operations', 'marketing', 'sales', 'legal', 'procurement', 'hr', 'security', 'executive', 'engineering', 'product', 'clinical', 'research', 'customer_service', 'other', name='function', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('profile', sa.Enum('go_getter', 'teacher', 'skeptic', 'guide', 'friend', 'climber', 'blocker', 'unknown', name='profile', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('personal_win', sa.String(length=2000), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=64), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('language', sa.String(length=35), nullable=True),
    sa.Column('notes', sa.String(length=2000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('reports_to_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('reports_to_id IS NULL OR reports_to_id <> id', name=op.f('ck_stakeholder_not_own_manager')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_stakeholder_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reports_to_id'], ['stakeholder.id'], name=op.f('fk_stakeholder_reports_to_id_stakeholder'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholder')),
    sa.UniqueConstraint('account_id', 'key', name=op.f('uq_stakeholder_account_id_key'))
    )
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stakeholder_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stakeholder_reports_to_id'), ['reports_to_id'], unique=False)

    op.create_table('committee_member',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('role', sa.Enum('economic_buyer', 'decision_maker', 'champion', 'technical_evaluator', 'user', 'influencer', 'procurement', 'legal', 'executive_sponsor', 'gatekeeper', name='buying_role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('approver', sa.Boolean(), nullable=False),
    sa.Column('stance', sa.Integer(), nullable=False),
    sa.Column('influence', sa.Integer(), nullable=False),
    sa.Column('journey_stage', sa.Enum('problem_definition', 'solution_identification', 'supplier_selection', name='journey_stage', native_enum=False, create_constraint=True, length=32), nullable=True),
    sa.Column('last_engaged', sa.Date(), nullable=True),
    sa.Column('last_verified', sa.Date(), nullable=True),
    sa.Column('evidence', sa.String(length=2000), nullable=True),
    sa.Column('notes', sa.String(length=2000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pursuit_id', sa.Integer(), nullable=False),
    sa.Column('stakeholder_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('influence BETWEEN 1 AND 5', name=op.f('ck_committee_member_influence_range')),
    sa.CheckConstraint('stance BETWEEN -2 AND 2', name=op.f('ck_committee_member_stance_range')),
    sa.ForeignKeyConstraint(['pursuit_id'], ['pursuit.id'], name=op.f('fk_committee_member_pursuit_id_pursuit'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_committee_member_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_member')),
    sa.UniqueConstraint('pursuit_id', 'key', name=op.f('uq_committee_member_pursuit_id_key')),
    sa.UniqueConstraint('pursuit_id', 'stakeholder_id', name=op.f('uq_committee_member_pursuit_id_stakeholder_id'))
    )
    with op.batch_alter_table('committee_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_member_pursuit_id'), ['pursuit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_committee_member_stakeholder_id'), ['stakeholder_id'], unique=False)

    op.create_table('priority',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('text', sa.String(length=2000), nullable=False),
    sa.Column('kind', sa.Enum('goal', 'pain', 'concern', 'decision_criterion', 'personal', name='priority_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('importance', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=35), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('stakeholder_id', sa.Integer(), nullable=False),
    sa.Column('pursuit_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('importance BETWEEN 1 AND 5', name=op.f('ck_priority_importance_range')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_priority_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pursuit_id'], ['pursuit.id'], name=op.f('fk_priority_pursuit_id_pursuit'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_priority_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_priority')),
    sa.UniqueConstraint('account_id', 'key', name=op.f('uq_priority_account_id_key'))
    )
    with op.batch_alter_table('priority', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_priority_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_priority_pursuit_id'), ['pursuit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_priority_stakeholder_id'), ['stakeholder_id'], unique=False)

    op.create_table('relationship',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.Enum('influences', 'allies', 'conflicts', 'dotted_line', name='relationship_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('strength', sa.Integer(), nullable=False),
    sa.Column('notes', sa.String(length=2000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('source_id <> target_id', name=op.f('ck_relationship_not_self')),
    sa.CheckConstraint('strength BETWEEN 1 AND 3', name=op.f('ck_relationship_strength_range')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_relationship_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['stakeholder.id'], name=op.f('fk_relationship_source_id_stakeholder'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['stakeholder.id'], name=op.f('fk_relationship_target_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relationship')),
    sa.UniqueConstraint('account_id', 'key', name=op.f('uq_relationship_account_id_key'))
    )
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relationship_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationship_source_id'), ['source_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relationship_target_id'), ['target_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('relationship', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relationship_target_id'))
        batch_op.drop_index(batch_op.f('ix_relationship_source_id'))
        batch_op.drop_index(batch_op.f('ix_relationship_account_id'))

    op.drop_table('relationship')
    with op.batch_alter_table('priority', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_priority_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_priority_pursuit_id'))
        batch_op.drop_index(batch_op.f('ix_priority_account_id'))

    op.drop_table('priority')
    with op.batch_alter_table('committee_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_member_stakeholder_id'))
        batch_op.drop_index(batch_op.f('ix_committee_member_pursuit_id'))

    op.drop_table('committee_member')
    with op.batch_alter_table('stakeholder', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stakeholder_reports_to_id'))
        batch_op.drop_index(batch_op.f('ix_stakeholder_account_id'))

    op.drop_table('stakeholder')
    with op.batch_alter_table('pursuit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pursuit_account_id'))

    op.drop_table('pursuit')
    op.drop_table('account')
