"""field package save sequence

A package counts its saves in field mode; the office keeps the highest save it merged, and for
each row of the merge base the save at which the row entered it: an older copy of a package is
recognised and changes nothing, and never deletes a row it has not seen.  The package also keeps
the hash chain of its saves (``lineage``), the office the merged copy's: a copy filled in
parallel on another laptop is recognised and refused.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('field_package', schema=None) as batch_op:
        batch_op.add_column(sa.Column('saves', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('lineage', sa.Text(), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('field_sync', schema=None) as batch_op:
        batch_op.add_column(sa.Column('since_save', sa.Integer(), nullable=False,
                                      server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('field_sync', schema=None) as batch_op:
        batch_op.drop_column('since_save')
    with op.batch_alter_table('field_package', schema=None) as batch_op:
        batch_op.drop_column('lineage')
        batch_op.drop_column('saves')
