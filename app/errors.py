"""The base of the errors a user is shown as they are (their messages are translated).

Below the services, so that app.migrate's copy before an upgrade can raise one too;
app.services.errors builds the domain's exceptions on it."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""
