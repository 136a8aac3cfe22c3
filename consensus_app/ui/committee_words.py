"""The committee table's words for stored values, in the window's language: each column's label for
a function, role, stage, profile and stance, the tooltips' explanations, and the stance's colour
square (the model shows them; the table's editors offer them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap

from consensus_app.core.enum_words import enum_word, function_word
from consensus_app.core.journey import STAGE_SHORT
from consensus_app.core.wording import stance_word
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from models import BuyingRole, BuyingStage, Function, Profile

STANCE_COLORS = {-2: "#D55E00", -1: "#E69F00", 0: "#BBBBBB", 1: "#56B4E9", 2: "#0072B2"}  # colour-blind safe
# Marked for the window's catalogue (context "CommitteeColumn"); translated where shown.
STANCE_EXPLANATIONS = {
    -2: QT_TRANSLATE_NOOP("CommitteeColumn", "works against this purchase"),
    -1: QT_TRANSLATE_NOOP("CommitteeColumn", "doubts the case and needs evidence"),
    0: QT_TRANSLATE_NOOP("CommitteeColumn", "undecided, or no view yet"),
    1: QT_TRANSLATE_NOOP("CommitteeColumn", "willing to buy, but may not argue for it in front of the group"),
    2: QT_TRANSLATE_NOOP("CommitteeColumn", "argues for this purchase in front of the group"),
}
PROFILE_EXPLANATIONS = {
    Profile.GO_GETTER: QT_TRANSLATE_NOOP(
        "CommitteeColumn", "Mobilizer: drives change in their organisation; motivated by action and results"
    ),
    Profile.TEACHER: QT_TRANSLATE_NOOP(
        "CommitteeColumn",
        "Mobilizer: drives change in their organisation; brings insight and persuades peers",
    ),
    Profile.SKEPTIC: QT_TRANSLATE_NOOP(
        "CommitteeColumn",
        "Mobilizer: drives change in their organisation; challenges every plan, then delivers",
    ),
    Profile.GUIDE: QT_TRANSLATE_NOOP(
        "CommitteeColumn", "Talker: shares what goes on inside the organisation, but does not drive change"
    ),
    Profile.FRIEND: QT_TRANSLATE_NOOP(
        "CommitteeColumn", "Talker: easy to reach and helpful, but does not drive change"
    ),
    Profile.CLIMBER: QT_TRANSLATE_NOOP(
        "CommitteeColumn", "Talker: looks for personal gain; does not drive change"
    ),
    Profile.BLOCKER: QT_TRANSLATE_NOOP(
        "CommitteeColumn", "Blocker: resists change and defends the status quo"
    ),
    Profile.UNKNOWN: QT_TRANSLATE_NOOP("CommitteeColumn", "Not yet assessed"),
}


def never_text() -> str:
    """What an empty "last engaged" reads."""
    return QCoreApplication.translate("CommitteeColumn", "never")


def function_label(function: Function) -> str:
    return function_word(function)  # "IT" where English would read "it"; the same words everywhere


def role_label(role: BuyingRole | None) -> str:
    return enum_word(role) if role is not None else ""


def journey_label(stage: BuyingStage | None) -> str:
    """The committee table's short word for a buying stage."""
    return (
        STAGE_SHORT[stage].lower()
        if stage is not None
        else QCoreApplication.translate("Journey", "not known")
    )


def profile_label(profile: Profile) -> str:
    return enum_word(profile)


def stance_label(stance: int, signed: bool = False) -> str:
    word = stance_word(stance)
    return f"{stance:+d} {word}".replace("+0", "0") if signed else word


def stance_icon(stance: int, size: int = 12) -> QIcon:
    """A small square in the stance's colour, with a slightly darker edge so light colours still read."""
    key = (stance, size)
    if QGuiApplication.instance() is None:
        return QIcon()  # pixmaps need a GUI application; a headless caller gets no square
    if key not in _ICONS:
        color = QColor(STANCE_COLORS.get(stance, "#BBBBBB"))
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(color.darker(125))
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), 2.0, 2.0)
        painter.end()
        icon = QIcon(pixmap)
        icon.addPixmap(pixmap, QIcon.Mode.Selected)  # keep the true colour on selected rows, untinted
        _ICONS[key] = icon
    return _ICONS[key]


_ICONS: dict[tuple[int, int], QIcon] = {}
