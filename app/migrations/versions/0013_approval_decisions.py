"""approvals point at the council's decision

Plans, career maps, the programme of activity and a workshop's design project and equipment
list kept their approval as typed text (the council, the protocol's number, its date).  Each
gets a foreign key to ``council_decision`` (ON DELETE RESTRICT: a decision that approves
something is not deleted under it; the service says so in Russian).  An approval whose
council (genitive or nominative name), protocol number and date match a recorded meeting,
and whose meeting holds a decision approving this very record (or an approval decision of
that kind bound to nothing, which is then bound to it), is linked, and its typed text is
cleared (the decision is the one fact now; the downgrade writes it back).  Nothing is
created: every other approval keeps its text, stays unlinked, and the data check lists it
(``approval.without_decision``).  No row is lost.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 12:00:00
"""

import logging
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

# (table, new column, subject kind, legacy council, legacy number, legacy date)
LINKS = (
    ('event_plan', 'approval_decision_id', 'approve_plan', 'approved_by', 'protocol_no',
     'approved_on'),
    ('career_map', 'approval_decision_id', 'approve_career_map', 'approved_by', 'protocol_no',
     'approved_on'),
    ('programme', 'approval_decision_id', 'approve_programme', 'approved_by', 'protocol_no',
     'approved_on'),
    ('workshop', 'design_decision_id', 'approve_design_project', 'design_approved_by',
     'design_approved_doc', 'design_approved_on'),
    ('workshop', 'equipment_decision_id', 'approve_equipment_list', 'equipment_approved_by',
     'equipment_approved_doc', 'equipment_approved_on'),
)


def text_key(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def number_key(text: str) -> str:
    """«Протокол № 3», «протокол No. 3», «№3» and «3» are one number (kept here: a migration
    must not change when the application's code does)."""
    text = text_key(text)
    text = re.sub(r"^(протокол(а|ом)?|protocol)\s*", "", text)
    text = re.sub(r"^(№|no\.?|n)\s*", "", text)
    return text.strip()


def _decisions(conn) -> tuple[dict, dict]:
    """Approval decisions by (cluster, council text, number, date), and the register's
    meetings' identities, read once."""
    council = sa.table('council', sa.column('id', sa.Uuid()), sa.column('cluster_id', sa.Uuid()),
                       sa.column('name', sa.String), sa.column('name_genitive', sa.String))
    meeting = sa.table('council_meeting', sa.column('id', sa.Uuid()),
                       sa.column('council_id', sa.Uuid()), sa.column('number', sa.String),
                       sa.column('held_on', sa.Date))
    decision = sa.table('council_decision', sa.column('id', sa.Uuid()),
                        sa.column('meeting_id', sa.Uuid()), sa.column('subject_kind', sa.String),
                        sa.column('subject_id', sa.Uuid()), sa.column('status', sa.String),
                        sa.column('position', sa.Integer))
    found: dict = {}
    rows = conn.execute(
        sa.select(council.c.cluster_id, council.c.name, council.c.name_genitive,
                  meeting.c.number, meeting.c.held_on, decision.c.id, decision.c.subject_kind,
                  decision.c.subject_id, decision.c.status)
        .select_from(decision.join(meeting, meeting.c.id == decision.c.meeting_id)
                     .join(council, council.c.id == meeting.c.council_id))
        .order_by(meeting.c.held_on, decision.c.position))
    for cluster_id, name, genitive, number, held_on, d_id, kind, subject_id, status in rows:
        if status == 'cancelled':
            continue
        for council_text in {text_key(name), text_key(genitive)} - {""}:
            key = (cluster_id, council_text, number_key(number), held_on)
            found.setdefault(key, []).append((d_id, kind, subject_id))
    return found, {"decision": decision}


def _records(conn, table: str, legacy: tuple[str, str, str]):
    """(id, cluster, council text, number text, date) of each record with an approval typed."""
    by, number, day = legacy
    t = sa.table(table, sa.column('id', sa.Uuid()), sa.column(by, sa.String),
                 sa.column(number, sa.String), sa.column(day, sa.Date),
                 *([sa.column('cluster_id', sa.Uuid())] if table != 'workshop'
                   else [sa.column('site_id', sa.Uuid())]))
    if table == 'workshop':
        site = sa.table('site', sa.column('id', sa.Uuid()), sa.column('cluster_id', sa.Uuid()))
        query = (sa.select(t.c.id, site.c.cluster_id, t.c[by], t.c[number], t.c[day])
                 .select_from(t.join(site, site.c.id == t.c.site_id)))
    else:
        query = sa.select(t.c.id, t.c.cluster_id, t.c[by], t.c[number], t.c[day])
    return conn.execute(query.where(t.c[day].is_not(None))).all()


def upgrade() -> None:
    for table, column in {(t, c) for t, c, *_ in LINKS}:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, sa.Uuid(), nullable=True))
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)
            batch_op.create_foreign_key(batch_op.f(f'fk_{table}_{column}_council_decision'),
                                        'council_decision', [column], ['id'],
                                        ondelete='RESTRICT')

    conn = op.get_bind()
    found, tables = _decisions(conn)
    decision = tables["decision"]
    taken: set = set()
    for table, column, kind, *legacy in LINKS:
        t = sa.table(table, sa.column('id', sa.Uuid()), sa.column(column, sa.Uuid()),
                     *[sa.column(c) for c in legacy])
        for record_id, cluster_id, by, number, day in _records(conn, table, tuple(legacy)):
            candidates = [c for c in found.get((cluster_id, text_key(by), number_key(number),
                                                day), []) if c[1] == kind and c[0] not in taken]
            about = [c for c in candidates if c[2] == record_id] or [
                c for c in candidates if c[2] is None]
            if len(about) != 1:  # none, or more than one to choose from: left for a person
                log.warning("%s %s: approval %r № %r of %s matches no decision; kept as text",
                            table, record_id, by, number, day)
                continue
            decision_id = about[0][0]
            taken.add(decision_id)
            conn.execute(sa.update(decision).where(decision.c.id == decision_id)
                         .values(subject_id=record_id))
            conn.execute(sa.update(t).where(t.c.id == record_id).values(
                {column: decision_id, legacy[0]: '', legacy[1]: '', legacy[2]: None}))


def downgrade() -> None:
    conn = op.get_bind()
    council = sa.table('council', sa.column('id', sa.Uuid()), sa.column('name', sa.String),
                       sa.column('name_genitive', sa.String))
    meeting = sa.table('council_meeting', sa.column('id', sa.Uuid()),
                       sa.column('council_id', sa.Uuid()), sa.column('number', sa.String),
                       sa.column('held_on', sa.Date))
    decision = sa.table('council_decision', sa.column('id', sa.Uuid()),
                        sa.column('meeting_id', sa.Uuid()))
    stamps = {d_id: (genitive or name, number, held_on) for d_id, name, genitive, number, held_on
              in conn.execute(sa.select(decision.c.id, council.c.name, council.c.name_genitive,
                                        meeting.c.number, meeting.c.held_on)
                              .select_from(decision.join(meeting,
                                                         meeting.c.id == decision.c.meeting_id)
                                           .join(council, council.c.id == meeting.c.council_id)))}
    for table, column, _kind, *legacy in LINKS:
        t = sa.table(table, sa.column('id', sa.Uuid()), sa.column(column, sa.Uuid()),
                     *[sa.column(c) for c in legacy])
        for record_id, decision_id in conn.execute(
                sa.select(t.c.id, t.c[column]).where(t.c[column].is_not(None))).all():
            by, number, day = stamps[decision_id]
            doc = f"протокол № {number}" if table == 'workshop' else number
            conn.execute(sa.update(t).where(t.c.id == record_id).values(
                {legacy[0]: by[:300], legacy[1]: doc[:50], legacy[2]: day}))
    for table, column in sorted({(t, c) for t, c, *_ in LINKS}, reverse=True):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f'fk_{table}_{column}_council_decision'),
                                     type_='foreignkey')
            batch_op.drop_index(batch_op.f(f'ix_{table}_{column}'))
            batch_op.drop_column(column)
