"""SQLAlchemy models.  Importing this package registers every table on ``Base.metadata``."""

from app.models.base import Base, Entity
from app.models.organizations import Cluster, Contact, Membership, Organization
from app.models.reference import ClusterKind, GrantSize, Industry, IndustryCentre
from app.models.sites import Site, Workshop

__all__ = [
    "Base",
    "Cluster",
    "ClusterKind",
    "Contact",
    "Entity",
    "GrantSize",
    "Industry",
    "IndustryCentre",
    "Membership",
    "Organization",
    "Site",
    "Workshop",
]
