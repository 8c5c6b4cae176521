"""data requests to participants and the provenance of the figures they bring back

Four new tables, nothing rebuilt: ``data_request`` (what, for which period, due when),
``data_request_recipient`` (one participant asked, where its file stands),
``data_request_return`` (an accepted file: its checksum, when, by whom) and
``figure_source`` (which records an accepted file created or updated).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _common(table: str) -> list:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
    ]


def upgrade() -> None:
    op.create_table(
        'data_request',
        sa.Column('cluster_id', sa.Uuid(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('title', sa.Text(), nullable=False),
        sa.Column('period_from', sa.Date(), nullable=False),
        sa.Column('period_to', sa.Date(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('created_by', sa.String(length=100), nullable=False),
        *_common('data_request'),
        sa.ForeignKeyConstraint(['cluster_id'], ['cluster.id'], ondelete='CASCADE',
                                name=op.f('fk_data_request_cluster_id_cluster')),
        sa.UniqueConstraint('number', name=op.f('uq_data_request_number')),
    )
    op.create_index(op.f('ix_data_request_cluster_id'), 'data_request', ['cluster_id'])
    op.create_index(op.f('ix_data_request_due_on'), 'data_request', ['due_on'])
    op.create_table(
        'data_request_recipient',
        sa.Column('request_id', sa.Uuid(), nullable=False),
        sa.Column('organization_id', sa.Uuid(), nullable=False),
        sa.Column('sent_on', sa.Date(), nullable=True),
        sa.Column('file_name', sa.String(length=300), nullable=False),
        sa.Column('fixed_cells', sa.Text(), nullable=False),
        sa.Column('fixed_sha256', sa.String(length=64), nullable=False),
        sa.Column('returned_on', sa.Date(), nullable=True),
        sa.Column('last_refusal', sa.Text(), nullable=False),
        sa.Column('accepted_on', sa.Date(), nullable=True),
        *_common('data_request_recipient'),
        sa.ForeignKeyConstraint(['request_id'], ['data_request.id'], ondelete='CASCADE',
                                name=op.f('fk_data_request_recipient_request_id_data_request')),
        sa.ForeignKeyConstraint(
            ['organization_id'], ['organization.id'], ondelete='CASCADE',
            name=op.f('fk_data_request_recipient_organization_id_organization')),
        sa.UniqueConstraint('request_id', 'organization_id',
                            name=op.f('uq_data_request_recipient_request_id')),
    )
    op.create_index(op.f('ix_data_request_recipient_request_id'), 'data_request_recipient',
                    ['request_id'])
    op.create_index(op.f('ix_data_request_recipient_organization_id'),
                    'data_request_recipient', ['organization_id'])
    op.create_table(
        'data_request_return',
        sa.Column('recipient_id', sa.Uuid(), nullable=False),
        sa.Column('file_name', sa.String(length=300), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('content_sha256', sa.String(length=64), nullable=False),
        sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('accepted_by', sa.String(length=100), nullable=False),
        sa.Column('changes', sa.Integer(), nullable=False),
        *_common('data_request_return'),
        sa.ForeignKeyConstraint(
            ['recipient_id'], ['data_request_recipient.id'], ondelete='CASCADE',
            name=op.f('fk_data_request_return_recipient_id_data_request_recipient')),
    )
    op.create_index(op.f('ix_data_request_return_recipient_id'), 'data_request_return',
                    ['recipient_id'])
    op.create_index(op.f('ix_data_request_return_sha256'), 'data_request_return', ['sha256'])
    op.create_table(
        'figure_source',
        sa.Column('return_id', sa.Uuid(), nullable=False),
        sa.Column('record_table', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.Uuid(), nullable=False),
        sa.Column('action', sa.String(length=16), nullable=False),
        *_common('figure_source'),
        sa.ForeignKeyConstraint(['return_id'], ['data_request_return.id'], ondelete='CASCADE',
                                name=op.f('fk_figure_source_return_id_data_request_return')),
    )
    op.create_index(op.f('ix_figure_source_return_id'), 'figure_source', ['return_id'])
    op.create_index('ix_figure_source_record', 'figure_source', ['record_table', 'record_id'])


def downgrade() -> None:
    op.drop_table('figure_source')
    op.drop_table('data_request_return')
    op.drop_table('data_request_recipient')
    op.drop_table('data_request')
