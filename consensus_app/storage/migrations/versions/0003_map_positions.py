"""Where users placed cards on each pursuit's map

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('node_position',
    sa.Column('pursuit_id', sa.Integer(), nullable=False),
    sa.Column('stakeholder_id', sa.Integer(), nullable=False),
    sa.Column('layout', sa.String(length=16), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['pursuit_id'], ['pursuit.id'], name=op.f('fk_node_position_pursuit_id_pursuit'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_node_position_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pursuit_id', 'stakeholder_id', 'layout', name=op.f('pk_node_position'))
    )
    with op.batch_alter_table('node_position', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_node_position_stakeholder_id'), ['stakeholder_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('node_position', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_node_position_stakeholder_id'))

    op.drop_table('node_position')
