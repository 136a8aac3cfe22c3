"""Common-language messaging: drafts for the whole buying group, kits for its mobilizers.

Plain data in (a pursuit map, the account's priorities, bridge themes), plain data out
(`Draft`, `Kit`); no Qt, no database. Templates are resources, one file a language
(`resources/message_templates/`), chosen by the language of the statements.
"""

from consensus_app.core.messaging.checks import kit_warnings, personalization_warnings
from consensus_app.core.messaging.drafting import draft_message, draft_messages
from consensus_app.core.messaging.kits import closest_bridge, mobilizer_kits
from consensus_app.core.messaging.model import BridgeTheme, Draft, Kit, Quote
from consensus_app.core.messaging.pursuit import PursuitMessaging, messaging_for_pursuit
from consensus_app.core.messaging.render import draft_as_markdown, draft_as_text, kit_as_markdown, kit_as_text

__all__ = [
    "BridgeTheme",
    "Draft",
    "Kit",
    "PursuitMessaging",
    "Quote",
    "closest_bridge",
    "draft_as_markdown",
    "draft_as_text",
    "draft_message",
    "draft_messages",
    "kit_as_markdown",
    "kit_as_text",
    "kit_warnings",
    "messaging_for_pursuit",
    "mobilizer_kits",
    "personalization_warnings",
]
