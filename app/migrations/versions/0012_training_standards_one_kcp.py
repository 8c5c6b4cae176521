"""training standards in the database; one КЦП

The standard hours of each training category (seed 003: 144 academic hours for teachers,
masters and methodologists, 252 for people from industry) become data every computer shares
and the settings edit, seeded with the seed's values.  The reach baselines' copy of КЦП
(``admission_plan``/``admission_actual``), which nothing reads since the admission figures are
the one record, is dropped (the copy taken before every migration keeps it).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 06:00:00
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEED = (("teacher", 144), ("master", 144), ("methodologist", 144), ("industry", 252))


def upgrade() -> None:
    table = op.create_table(
        'training_standard',
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('hours', sa.Integer(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_training_standard')),
        sa.UniqueConstraint('category', name=op.f('uq_training_standard_category')),
    )
    now = datetime.now(UTC)
    op.bulk_insert(table, [dict(id=uuid.uuid4(), category=category, hours=hours,
                                created_at=now, updated_at=now, version=1)
                           for category, hours in SEED])
    with op.batch_alter_table('reach_baseline', schema=None) as batch_op:
        batch_op.drop_column('admission_actual')
        batch_op.drop_column('admission_plan')


def downgrade() -> None:
    with op.batch_alter_table('reach_baseline', schema=None) as batch_op:
        batch_op.add_column(sa.Column('admission_plan', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('admission_actual', sa.Integer(), nullable=False,
                                      server_default='0'))
    op.drop_table('training_standard')
