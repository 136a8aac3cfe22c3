"""Closed vocabularies of the domain; docs/interchange.md ("Objects") says what each value means.

Values are the strings stored in the database and written to interchange files,
so they never change once released; add members, never rename them.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Function(StrEnum):
    FINANCE = "finance"
    IT = "it"
    OPERATIONS = "operations"
    MARKETING = "marketing"
    SALES = "sales"
    LEGAL = "legal"
    PROCUREMENT = "procurement"
    HR = "hr"
    SECURITY = "security"
    EXECUTIVE = "executive"
    ENGINEERING = "engineering"
    PRODUCT = "product"
    CLINICAL = "clinical"
    RESEARCH = "research"
    CUSTOMER_SERVICE = "customer_service"
    OTHER = "other"


class Profile(StrEnum):
    """The seven CEB stakeholder profiles, plus unknown."""

    GO_GETTER = "go_getter"
    TEACHER = "teacher"
    SKEPTIC = "skeptic"
    GUIDE = "guide"
    FRIEND = "friend"
    CLIMBER = "climber"
    BLOCKER = "blocker"
    UNKNOWN = "unknown"

    @property
    def is_mobilizer(self) -> bool:
        return self in MOBILIZERS

    @property
    def is_talker(self) -> bool:
        return self in TALKERS

    @property
    def group(self) -> str:
        """The four kinds a map tells apart at a glance: mobilizer, talker, blocker, unknown."""
        if self.is_mobilizer:
            return "mobilizer"
        if self.is_talker:
            return "talker"
        return "blocker" if self is Profile.BLOCKER else "unknown"


MOBILIZERS = frozenset({Profile.GO_GETTER, Profile.TEACHER, Profile.SKEPTIC})
TALKERS = frozenset({Profile.GUIDE, Profile.FRIEND, Profile.CLIMBER})


class BuyingRole(StrEnum):
    ECONOMIC_BUYER = "economic_buyer"
    DECISION_MAKER = "decision_maker"
    CHAMPION = "champion"
    TECHNICAL_EVALUATOR = "technical_evaluator"
    USER = "user"
    INFLUENCER = "influencer"
    PROCUREMENT = "procurement"
    LEGAL = "legal"
    EXECUTIVE_SPONSOR = "executive_sponsor"
    GATEKEEPER = "gatekeeper"


class Stance(IntEnum):
    """How a committee member leans: -2 opposed ... +2 advocate."""

    OPPOSED = -2
    SKEPTICAL = -1
    NEUTRAL = 0
    SUPPORTIVE = 1
    ADVOCATE = 2


class BuyingStage(StrEnum):
    """The three phases of a B2B purchase, in order."""

    PROBLEM_DEFINITION = "problem_definition"
    SOLUTION_IDENTIFICATION = "solution_identification"
    SUPPLIER_SELECTION = "supplier_selection"


class PursuitStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"
    NO_DECISION = "no_decision"


class RelationshipKind(StrEnum):
    """Stored values; labels, direction, styles and weights are in core/relationship_kinds.py."""

    INFLUENCES = "influences"  # directed: source sways target
    ALLIES = "allies"
    CONFLICTS = "conflicts"
    DOTTED_LINE = "dotted_line"  # matrix reporting: source reports to target informally


class PriorityKind(StrEnum):
    GOAL = "goal"
    PAIN = "pain"
    CONCERN = "concern"
    DECISION_CRITERION = "decision_criterion"
    PERSONAL = "personal"


class MessageStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"


# Ranges shared by the schema's check constraints, the JSON Schema and the forms.
STANCE_RANGE = (-2, 2)
INFLUENCE_RANGE = (1, 5)
STRENGTH_RANGE = (1, 3)
IMPORTANCE_RANGE = (1, 5)
NAME_MAX = 200
TEXT_MAX = 2000
KEY_MAX = 64
EXTERNAL_ID_MAX = 128  # a CRM's record id (Salesforce's are 18 characters)
USER_ID_MAX = 64
BODY_MAX = 20000
VALUE_MAX = 10**15  # a pursuit's value; below 2**53, so whole amounts stay exact as floats
# The same patterns as resources/schema/consensus-map.v1.schema.json. They are matched with
# ECMA-262 semantics everywhere: `$` ends the text (pydantic's Rust regex; the interchange
# import rewrites it to \Z for Python's `re`, where `$` also matches before a final newline).
NOT_BLANK = r"\S"
KEY_PATTERN = r"^[^\s]+$"
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"
