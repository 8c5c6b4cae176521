"""Alembic environment.  ClusterDesk runs Alembic from code (app/migrate.py): the connection
comes in ``config.attributes["connection"]``; there is no alembic.ini to find."""

from alembic import context

from app.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
