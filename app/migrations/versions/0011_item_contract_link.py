"""an infrastructure item's contract is chosen from the register

``infra_item.contract`` was free text.  It becomes ``contract_id`` (a foreign key to the
contract, ON DELETE RESTRICT); an item whose text names exactly one contract's number (spaces,
case and a leading «№» aside) is linked to it.  Every other non-empty text is kept, unchanged,
in ``contract_text`` (shown in the item's window and listed as unlinked); no row is lost.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 10:00:00
"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)


def number_key(text: str) -> str:
    """The same rule as app.services.procurement_chain.number_key (kept here: a migration
    must not change when the application's code does)."""
    text = " ".join((text or "").split()).casefold()
    if text.startswith("№"):
        text = text[1:].lstrip()
    return text


def upgrade() -> None:
    with op.batch_alter_table('infra_item', schema=None) as batch_op:
        batch_op.alter_column('contract', new_column_name='contract_text',
                              existing_type=sa.String(length=200), existing_nullable=False)
        batch_op.add_column(sa.Column('contract_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_infra_item_contract_id'), ['contract_id'],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_infra_item_contract_id_contract'),
                                    'contract', ['contract_id'], ['id'], ondelete='RESTRICT')

    conn = op.get_bind()
    contract = sa.table('contract', sa.column('id', sa.Uuid()), sa.column('number', sa.String))
    item = sa.table('infra_item', sa.column('id', sa.Uuid()), sa.column('contract_id', sa.Uuid()),
                    sa.column('contract_text', sa.String), sa.column('name', sa.String))
    by_number: dict[str, list] = {}
    for contract_id, number in conn.execute(sa.select(contract.c.id, contract.c.number)):
        by_number.setdefault(number_key(number), []).append(contract_id)
    unmatched = []
    for item_id, text, name in conn.execute(
            sa.select(item.c.id, item.c.contract_text, item.c.name)
            .where(item.c.contract_text != '')):
        found = by_number.get(number_key(text), [])
        if len(found) == 1:  # the typed number is now the link; nothing else was in the text
            conn.execute(sa.update(item).where(item.c.id == item_id)
                         .values(contract_id=found[0], contract_text=''))
        else:
            unmatched.append((name, text))
    for name, text in unmatched:
        log.warning("infrastructure item %r: contract %r is not in the register; kept as text",
                    name, text)


def downgrade() -> None:
    conn = op.get_bind()
    contract = sa.table('contract', sa.column('id', sa.Uuid()), sa.column('number', sa.String))
    item = sa.table('infra_item', sa.column('contract_id', sa.Uuid()),
                    sa.column('contract_text', sa.String))
    number = (sa.select(contract.c.number).where(contract.c.id == item.c.contract_id)
              .scalar_subquery())
    conn.execute(sa.update(item).where(item.c.contract_id.is_not(None))
                 .values(contract_text=sa.func.substr(number, 1, 200)))
    with op.batch_alter_table('infra_item', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_infra_item_contract_id_contract'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_infra_item_contract_id'))
        batch_op.drop_column('contract_id')
        batch_op.alter_column('contract_text', new_column_name='contract',
                              existing_type=sa.String(length=200), existing_nullable=False)
