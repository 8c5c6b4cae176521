"""SQLAlchemy models.  Importing this package registers every table on ``Base.metadata``."""

from app.models.audit import AuditEntry
from app.models.base import Base, Entity
from app.models.careers import CareerEmployer, CareerImage, CareerMap, CareerStep, CareerTool
from app.models.events import (
    AmbassadorMember,
    AmbassadorTeam,
    Event,
    EventFile,
    EventOrganization,
    EventPlan,
    EventReach,
    PlanRevision,
    ReachBaseline,
)
from app.models.grants import (
    Acceptance,
    BudgetLine,
    Contract,
    FundingSource,
    MonitoringSubmission,
    Payment,
    Procurement,
)
from app.models.inspections import (
    Answer,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    FieldPackage,
    FieldSync,
    Finding,
    Inspection,
    InspectionPhoto,
    InspectionWorkshop,
    MergeConflict,
)
from app.models.organizations import Cluster, Contact, Membership, Organization
from app.models.reference import ClusterKind, GrantSize, Industry, IndustryCentre
from app.models.roadmap import Attachment, RoadmapItem
from app.models.sites import InfraItem, Site, Workshop
from app.models.users import User

__all__ = [
    "CareerEmployer",
    "CareerImage",
    "CareerMap",
    "CareerStep",
    "CareerTool",
    "Answer",
    "ChecklistItem",
    "ChecklistSection",
    "ChecklistTemplate",
    "FieldPackage",
    "FieldSync",
    "Finding",
    "Inspection",
    "InspectionPhoto",
    "InspectionWorkshop",
    "MergeConflict",
    "AmbassadorMember",
    "AmbassadorTeam",
    "Event",
    "EventFile",
    "EventOrganization",
    "EventPlan",
    "EventReach",
    "PlanRevision",
    "ReachBaseline",
    "Acceptance",
    "BudgetLine",
    "Contract",
    "FundingSource",
    "MonitoringSubmission",
    "Payment",
    "Procurement",
    "Attachment",
    "InfraItem",
    "RoadmapItem",
    "AuditEntry",
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
    "User",
    "Workshop",
]
