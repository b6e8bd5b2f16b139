from learning.models.audit import AuditAction, AuditEntry, AuditLogIsAppendOnly
from learning.models.enrolment import Enrolment, EnrolmentSource, Reminder, ReminderKind, Requirement
from learning.models.h5p import H5PResult, H5PState
from learning.models.people import MANAGER_ROLES, STAFF_ROLES, Gender, Position, Role, User, UserManager
from learning.models.places import AdministrativeUnit, UnitDataLoad, UnitLevel
from learning.models.privacy import (
    Consent,
    ConsentMethod,
    ConsentPurpose,
    DataRequest,
    DataRequestKind,
    DataRequestStatus,
)
from learning.models.progress import LessonProgress, Statement
from learning.models.security import CodePurpose, OneTimeCode

__all__ = [
    "H5PResult",
    "H5PState",
    "MANAGER_ROLES",
    "Gender",
    "STAFF_ROLES",
    "AdministrativeUnit",
    "AuditAction",
    "AuditEntry",
    "AuditLogIsAppendOnly",
    "CodePurpose",
    "Consent",
    "ConsentMethod",
    "ConsentPurpose",
    "DataRequest",
    "DataRequestKind",
    "DataRequestStatus",
    "Enrolment",
    "EnrolmentSource",
    "LessonProgress",
    "OneTimeCode",
    "Position",
    "Reminder",
    "ReminderKind",
    "Requirement",
    "Role",
    "Statement",
    "UnitDataLoad",
    "UnitLevel",
    "User",
    "UserManager",
]
