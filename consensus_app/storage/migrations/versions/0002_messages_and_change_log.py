"""Message library and change log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('pursuit_id', sa.Integer(), nullable=True),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_key', sa.String(length=64), nullable=True),
    sa.Column('action', sa.Enum('create', 'update', 'delete', 'import', name='change_action', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('summary', sa.String(length=2000), nullable=False),
    sa.Column('details', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_change_log_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_log_pursuit_id'), ['pursuit_id'], unique=False)

    op.create_table('message',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('theme', sa.String(length=200), nullable=True),
    sa.Column('status', sa.Enum('draft', 'approved', name='message_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('language', sa.String(length=35), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('pursuit_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_message_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pursuit_id'], ['pursuit.id'], name=op.f('fk_message_pursuit_id_pursuit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message')),
    sa.UniqueConstraint('account_id', 'key', name=op.f('uq_message_account_id_key'))
    )
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_pursuit_id'), ['pursuit_id'], unique=False)

    op.create_table('message_recipient',
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('stakeholder_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], name=op.f('fk_message_recipient_message_id_message'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_message_recipient_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('message_id', 'stakeholder_id', name=op.f('pk_message_recipient'))
    )
    with op.batch_alter_table('message_recipient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_recipient_stakeholder_id'), ['stakeholder_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('message_recipient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_recipient_stakeholder_id'))

    op.drop_table('message_recipient')
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_pursuit_id'))
        batch_op.drop_index(batch_op.f('ix_message_account_id'))

    op.drop_table('message')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_log_pursuit_id'))
        batch_op.drop_index(batch_op.f('ix_change_log_at'))
        batch_op.drop_index(batch_op.f('ix_change_log_account_id'))

    op.drop_table('change_log')
