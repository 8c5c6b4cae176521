"""the monthly monitoring form's due day is the cluster's setting

Seed 003 makes the form monthly and names no day; the operator's letter does («до 5 числа
месяца, следующего за отчётным» is usual).  The day becomes data every computer shares (the
settings edit it), 5 for every existing cluster.  A plain ADD COLUMN: the cluster's table is
not rebuilt (every other table hangs off it).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('cluster', sa.Column('monitoring_due_day', sa.Integer(), nullable=False,
                                       server_default='5'))


def downgrade() -> None:
    # not a batch rebuild of the cluster's table (its DROP would cascade to everything):
    # SQLite has dropped a column in place since 3.35
    op.execute('ALTER TABLE cluster DROP COLUMN monitoring_due_day')
