"""Small dialogs: new account, new pursuit, and the kind of a new relationship."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QPoint
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QWidget,
)

from consensus_app.core.relationship_kinds import kind_info
from consensus_app.ui.widgets import EnumCombo, ErrorLabel
from models import BuyingStage, RelationshipKind

if TYPE_CHECKING:
    from models import AccountRecord, PursuitRecord


def kind_choice_text(kind: RelationshipKind) -> str:
    """ "Influences — sways the other's view": a tie menu's entry, from the kind's registry entry."""
    info = kind_info(kind)  # an unknown kind raises, naming it
    return f"{info.label} — {info.help}"


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.name = QLineEdit()
        self.error = ErrorLabel()
        self.form.addRow(QCoreApplication.translate("Dialogs", "Name"), self.name)
        self.form.addRow("", self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)
        prefix = "account" if isinstance(self, AccountDialog) else "pursuit"
        for name, field in vars(self).items():  # stable names: "pursuit-close-date"
            if isinstance(field, QWidget) and field.parent() is self and name not in ("error", "buttons"):
                field.setObjectName(f"{prefix}-{name.replace('_', '-')}")

    def _on_accept(self) -> None:
        if not self.name.text().strip():
            self.error.show_error(QCoreApplication.translate("Dialogs", "A name is required."))
            return
        self.accept()


class AccountDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Dialogs", "New account"), parent)
        self.industry = QLineEdit()
        self.region = QLineEdit()
        self.form.addRow(QCoreApplication.translate("Dialogs", "Industry"), self.industry)
        self.form.addRow(QCoreApplication.translate("Dialogs", "Region"), self.region)
        self.finish()

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "industry": self.industry.text().strip() or None,
            "region": self.region.text().strip() or None,
        }

    def set_fields(self, account: AccountRecord) -> None:
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Edit {name}").format(name=account.name))
        self.name.setText(account.name)
        self.industry.setText(account.industry or "")
        self.region.setText(account.region or "")


class PursuitDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Dialogs", "New pursuit"), parent)
        self.value = QDoubleSpinBox(maximum=1e12, decimals=0)
        self.value.setGroupSeparatorShown(True)
        self.currency = QLineEdit("USD", maxLength=3)
        self.close_date = QDateEdit(QDate.currentDate().addMonths(6))
        self.close_date.setCalendarPopup(True)
        self.close_date.setDisplayFormat("yyyy-MM-dd")
        self.stage = EnumCombo(list(BuyingStage))
        self.form.addRow(QCoreApplication.translate("Dialogs", "Value"), self.value)
        self.form.addRow(QCoreApplication.translate("Dialogs", "Currency"), self.currency)
        self.form.addRow(QCoreApplication.translate("Dialogs", "Close date"), self.close_date)
        self.form.addRow(QCoreApplication.translate("Dialogs", "Buying stage"), self.stage)
        self.finish()

    def fields(self) -> dict[str, Any]:
        close = self.close_date.date()
        return {
            "name": self.name.text().strip(),
            "value": self.value.value() or None,
            "currency": self.currency.text().strip().upper() or None,
            "close_date": close.toPython(),
            "stage": self.stage.value(),
        }

    def set_fields(self, pursuit: PursuitRecord) -> None:
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Edit {name}").format(name=pursuit.name))
        self.name.setText(pursuit.name)
        self.value.setValue(pursuit.value or 0)
        self.currency.setText(pursuit.currency or "")
        if pursuit.close_date:
            close = pursuit.close_date
            self.close_date.setDate(QDate(close.year, close.month, close.day))
        self.stage.set_value(pursuit.stage)


def relationship_menu(parent: QWidget, kind: RelationshipKind, strength: int) -> tuple[QMenu, dict[Any, Any]]:
    """A menu to change a drawn tie: its kind, its strength, or delete it. Returns the menu and
    a map from each action to ("kind", value) / ("strength", value) / ("delete", None)."""
    menu = QMenu(parent)
    choices: dict[Any, Any] = {}
    for other in RelationshipKind:
        action = menu.addAction(kind_choice_text(other))
        action.setObjectName(f"tie-kind-{other.value}")
        action.setCheckable(True)
        action.setChecked(other is kind)
        choices[action] = ("kind", other)
    menu.addSeparator()
    for level, words in (
        (1, QCoreApplication.translate("Dialogs", "Strength 1 (weak)")),
        (2, QCoreApplication.translate("Dialogs", "Strength 2 (usual)")),
        (3, QCoreApplication.translate("Dialogs", "Strength 3 (strong)")),
    ):
        action = menu.addAction(words)
        action.setObjectName(f"tie-strength-{level}")
        action.setCheckable(True)
        action.setChecked(level == strength)
        choices[action] = ("strength", level)
    menu.addSeparator()
    delete = menu.addAction(QCoreApplication.translate("Dialogs", "Delete relationship"))
    delete.setObjectName("tie-delete")
    choices[delete] = ("delete", None)
    return menu, choices


def choose_relationship_kind(parent: QWidget, at: QPoint) -> RelationshipKind | None:
    """A small menu at the drop point: which kind of tie did the user just draw?"""
    menu = QMenu(parent)
    menu.setToolTipsVisible(True)
    for kind in RelationshipKind:
        action = menu.addAction(kind_choice_text(kind))
        action.setObjectName(f"new-tie-{kind.value}")
        action.setData(kind)
    chosen = menu.exec(at)
    # Qt hands a StrEnum back as a plain str: make it the kind again (connect() needs .value).
    return RelationshipKind(chosen.data()) if chosen is not None else None
