"""The inspector: the selected stakeholder, their seat on the committee and their priorities.

Edits are saved as they are made (each one an undoable command through the controller);
a refused value shows its reason inline and the form keeps what the user typed.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.hierarchy import would_create_cycle
from consensus_app.core.pursuit_map import MapNode, PursuitMap
from consensus_app.core.wording import STANCE_WORDS, stance_word
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.journey_widgets import MoveDialog, history_text, stage_combo
from consensus_app.ui.person_reads import PersonRead, PersonReader
from consensus_app.ui.priorities_box import PrioritiesBox
from consensus_app.ui.widgets import EnumCombo, ErrorLabel
from models import BuyingRole, BuyingStage, Function, Profile

# The person's fields this panel edits, as it last showed them (see _save_person): those the
# open map holds, and those read with the person.
_MAP_FIELDS = ("name", "title", "function", "profile", "reports_to_id")
_READ_FIELDS = ("personal_win", "email")
_NEVER = QDate(2000, 1, 1)  # the date edit's minimum, shown as "never"


class Inspector(QScrollArea):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._node: MapNode | None = None
        self._shown: dict[str, Any] = {}  # the person as the panel last showed them
        self._creating = False
        self._loading = False
        self.setWidgetResizable(True)
        self.setMinimumWidth(300)

        self.heading = QLabel(self.tr("<i>Select someone on the map</i>"))
        self.heading.setWordWrap(True)
        self.name = QLineEdit()
        self.name_error = ErrorLabel()
        self.title_edit = QLineEdit()
        self.function = EnumCombo(list(Function))
        self.profile = EnumCombo(list(Profile))
        self.reports_to = EnumCombo([None], [self.tr("— nobody —")])
        self.reports_error = ErrorLabel()
        self.personal_win = QLineEdit(
            placeholderText=self.tr("What would make this a win for them personally?")
        )
        self.email = QLineEdit()
        self.add_button = QPushButton(self.tr("Add to map"))
        self.add_button.setDefault(True)
        # Opens the confirmation with what the group loses (ui/mark_left.py; the window connects it).
        self.left_button = QPushButton(self.tr("Mark as left the company…"))

        person = QGroupBox(self.tr("Stakeholder"))
        form = QFormLayout(person)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Function"), self.function)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(self.tr("Reports to"), self.reports_to)
        form.addRow("", self.reports_error)
        form.addRow(self.tr("Personal win"), self.personal_win)
        form.addRow(self.tr("Email"), self.email)
        form.addRow("", self.add_button)
        form.addRow("", self.left_button)

        self.on_committee = QCheckBox(self.tr("On this pursuit's committee"))
        self.role = EnumCombo(list(BuyingRole))
        self.approver = QCheckBox(self.tr("Formal sign-off (approver)"))
        self.stance = EnumCombo(list(STANCE_WORDS), [f"{k:+d} {stance_word(k)}" for k in STANCE_WORDS])
        self.influence = QSpinBox(minimum=1, maximum=5)
        self.last_engaged = QDateEdit()
        self.last_engaged.setCalendarPopup(True)
        self.last_engaged.setDisplayFormat("yyyy-MM-dd")
        # An ISO day reads left to right in every language (mirrored, "2026-10-02" would read "02-10-2026").
        self.last_engaged.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.last_engaged.setMinimumDate(_NEVER)
        self.last_engaged.setSpecialValueText(self.tr("never"))
        self.journey_stage = stage_combo()  # choosing another opens MoveDialog (day, what moved them)
        self.journey_history = QLabel()
        self.journey_history.setWordWrap(True)
        self.journey_history.setStyleSheet("color: #555; font-size: 8.5pt;")
        # Each colleague's own view of this person (the fields above are the agreed values).
        self.colleague_views = QLabel()
        self.colleague_views.setObjectName("inspector-colleague-views")
        self.colleague_views.setWordWrap(True)
        self.colleague_views.setStyleSheet("color: #555; font-size: 8.5pt;")
        self.seat = QGroupBox(self.tr("Committee"))
        seat_form = QFormLayout(self.seat)
        seat_form.addRow(self.on_committee)
        seat_form.addRow(self.tr("Role"), self.role)
        seat_form.addRow("", self.approver)
        seat_form.addRow(self.tr("Stance"), self.stance)
        seat_form.addRow(self.tr("Influence"), self.influence)
        seat_form.addRow("", self.colleague_views)
        seat_form.addRow(self.tr("Last engaged"), self.last_engaged)
        seat_form.addRow(self.tr("Buying stage"), self.journey_stage)
        seat_form.addRow("", self.journey_history)

        wants = PrioritiesBox(controller, lambda: self.shown_id)
        self.priorities, self.new_priority, self.remove_priority = wants.list, wants.new, wants.remove
        self._wants = wants

        for name, widget in self.fields().items():
            widget.setObjectName(f"inspector-{name}")

        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in (self.heading, person, self.seat, wants):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self._reader = PersonReader(controller, self)
        self._reader.sig_read.connect(self._on_person_read)
        self._reader.sig_not_read.connect(self._on_person_not_read)
        self._connect()
        self.show_node(None)

    def _connect(self) -> None:
        self.name.editingFinished.connect(lambda: self._save_person("name", self.name.text().strip()))
        self.title_edit.editingFinished.connect(
            lambda: self._save_person("title", self.title_edit.text() or None)
        )
        self.personal_win.editingFinished.connect(
            lambda: self._save_person("personal_win", self.personal_win.text() or None)
        )
        self.email.editingFinished.connect(lambda: self._save_person("email", self.email.text() or None))
        self.function.currentIndexChanged.connect(
            lambda: self._save_person("function", self.function.value())
        )
        self.profile.currentIndexChanged.connect(lambda: self._save_person("profile", self.profile.value()))
        self.reports_to.currentIndexChanged.connect(self._on_reports_to_changed)
        self.add_button.clicked.connect(self._on_add)
        for line in (self.name, self.title_edit, self.personal_win, self.email):
            line.returnPressed.connect(self._on_return)
        self.on_committee.toggled.connect(self._on_committee_toggled)
        self.role.currentIndexChanged.connect(lambda: self._save_seat("role", self.role.value()))
        self.approver.toggled.connect(lambda on: self._save_seat("approver", on))
        self.stance.currentIndexChanged.connect(lambda: self._save_seat("stance", self.stance.value()))
        self.influence.valueChanged.connect(lambda v: self._save_seat("influence", v))
        self.last_engaged.dateChanged.connect(self._on_engaged_changed)
        self.journey_stage.currentIndexChanged.connect(self._on_stage_chosen)

    def fields(self) -> dict[str, QWidget]:
        """Every control the user edits here, by the name its objectName carries ("inspector-…")."""
        return {
            "name": self.name,
            "title": self.title_edit,
            "function": self.function,
            "profile": self.profile,
            "reports-to": self.reports_to,
            "personal-win": self.personal_win,
            "email": self.email,
            "add": self.add_button,
            "mark-left": self.left_button,
            "on-committee": self.on_committee,
            "role": self.role,
            "approver": self.approver,
            "stance": self.stance,
            "influence": self.influence,
            "last-engaged": self.last_engaged,
            "journey-stage": self.journey_stage,
            "priorities": self.priorities,
            "new-priority": self.new_priority,
            "remove-priority": self.remove_priority,
        }

    # --- showing ----------------------------------------------------------------------

    @property
    def shown_id(self) -> int | None:
        """The stakeholder the panel shows (None: nobody, or a new person's empty form)."""
        return self._node.stakeholder_id if self._node is not None else None

    @property
    def reading(self) -> bool:
        """The person's priorities and history are being read (in a worker, on a team server)."""
        return self._reader.pending

    @property
    def creating(self) -> bool:
        return self._creating

    def begin_create(self) -> None:
        """An empty form for a new stakeholder; "Add to map" creates them."""
        self._creating, self._node = True, None
        self._fill(None)
        self.heading.setText(self.tr("<h3>New stakeholder</h3>"))
        self.name.setFocus()

    def show_node(self, node: MapNode | None) -> None:
        if self._node is not None and (node is None or node.stakeholder_id != self._node.stakeholder_id):
            self._save_typed()  # words typed for the person shown so far are theirs, focus or not
        if node is None or self._node is None or node.stakeholder_id != self._node.stakeholder_id:
            self.new_priority.clear()  # unsent words were meant for the person shown before
        self._creating = False
        self._node = node
        self._fill(node)

    def _fill(self, node: MapNode | None) -> None:
        self._loading = True
        pursuit_map = self._controller.pursuit_map
        self._fill_managers(pursuit_map, node)
        enabled = node is not None or self._creating
        for widget in (
            self.name,
            self.title_edit,
            self.function,
            self.profile,
            self.reports_to,
            self.personal_win,
            self.email,
        ):
            widget.setEnabled(enabled)
        self.add_button.setVisible(self._creating)
        self.left_button.setVisible(node is not None)
        self.left_button.setEnabled(node is not None and node.left_on is None)
        self.seat.setEnabled(node is not None)
        self.name_error.show_error(None)
        self.reports_error.show_error(None)
        # What the map shows; the contact fields come with the person's read (_on_person_read).
        self._shown = {field: getattr(node, field) for field in _MAP_FIELDS} if node else {}
        if node is None:
            self.heading.setText(self.tr("<i>Select someone on the map, or add a stakeholder</i>"))
        else:
            self.heading.setText(f"<h3>{html.escape(node.name)}</h3>{html.escape(node.title or '')}")
            if node.left_on is not None:  # kept for the history; the assessment no longer counts them
                self.heading.setText(
                    self.heading.text()
                    + "<br><b>"
                    + self.tr("Left the company on {day}").format(day=node.left_on)
                    + "</b>"
                )
        self.name.setText(node.name if node else "")
        self.title_edit.setText((node.title or "") if node else "")
        self.function.set_value(node.function if node else Function.OTHER)
        self.profile.set_value(node.profile if node else Profile.UNKNOWN)
        self.reports_to.set_value(node.reports_to_id if node else None)
        self.personal_win.setText("")
        self.email.setText("")
        for line in (self.name, self.title_edit, self.personal_win, self.email):
            line.setCursorPosition(0)  # long text shows its start, not its end
        seated = node is not None and node.on_committee
        self.on_committee.setChecked(seated)
        seat_fields: tuple[QWidget, ...] = (
            self.role,
            self.approver,
            self.stance,
            self.influence,
            self.last_engaged,
            self.journey_stage,
        )
        for field in seat_fields:
            field.setEnabled(seated)
        seat = node if node is not None and seated else None  # an empty seat shows the defaults
        self.role.set_value(seat.role if seat else BuyingRole.INFLUENCER)
        self.approver.setChecked(seat.approver if seat else False)
        self.stance.set_value(seat.stance if seat else 0)
        self.influence.setValue(seat.influence if seat else 3)
        engaged = seat.last_engaged if seat else None
        self.last_engaged.setDate(QDate(engaged.year, engaged.month, engaged.day) if engaged else _NEVER)
        self.journey_stage.set_value(seat.journey_stage if seat else None)
        self._fill_views(node)
        self.priorities.clear()
        self.journey_history.setText("")
        self._loading = False
        if node is None:
            self._reader.cancel()
            return
        for widget in (self.personal_win, self.email):  # until their stored values are read
            widget.setEnabled(False)
        self._reader.read(node.stakeholder_id)

    def _on_person_read(self, read: PersonRead) -> None:
        if self._node is None or read.stakeholder_id != self._node.stakeholder_id:
            return  # someone else is shown by now
        self._loading = True
        person = read.person
        self._shown.update({field: getattr(person, field) for field in _READ_FIELDS})
        self.personal_win.setText(person.personal_win or "")
        self.email.setText(person.email or "")
        for widget in (self.personal_win, self.email):
            widget.setCursorPosition(0)
            widget.setEnabled(True)
        self._wants.show_priorities(read.priorities)
        seated = self._node.on_committee and self._controller.pursuit_id is not None
        self.journey_history.setText(history_text(read.moves) if seated else "")
        self._loading = False

    def _on_person_not_read(self, stakeholder_id: int, why: str) -> None:
        if self._node is None or stakeholder_id != self._node.stakeholder_id:
            return
        self._wants.show_not_read(why)

    def _fill_managers(self, pursuit_map: PursuitMap | None, node: MapNode | None) -> None:
        self.reports_to.clear()
        self.reports_to.addItem(self.tr("— nobody —"), None)
        for other in sorted(pursuit_map.nodes if pursuit_map else [], key=lambda n: n.name.casefold()):
            if node is None or other.stakeholder_id != node.stakeholder_id:
                self.reports_to.addItem(other.name, other.stakeholder_id)

    def _save_person(self, field: str, value: Any) -> None:
        if self._loading:
            return
        if field == "name":
            self.name_error.show_error(None if value else self.tr("A name is required."))
            if not value:
                return
        # Only a value that differs from what the panel showed is an edit: a field left again
        # with its text unchanged must not write (on a team server edits queue behind an undo or
        # redo, and a stale "no change" would undo it).
        if self._node is not None and self._shown.get(field) != value:
            self._shown[field] = value
            self._controller.edit_stakeholder(self._node.stakeholder_id, **{field: value})

    def _save_typed(self) -> None:
        """The text fields as typed (saved only where they differ from what was shown)."""
        self._save_person("name", self.name.text().strip())
        self._save_person("title", self.title_edit.text() or None)
        self._save_person("personal_win", self.personal_win.text() or None)
        self._save_person("email", self.email.text() or None)

    def _on_reports_to_changed(self) -> None:
        if self._loading:
            return
        manager = self.reports_to.value()
        reason = self._cycle_reason(manager)
        self.reports_error.show_error(reason)
        if reason is None and self._node is not None:
            self._save_person("reports_to_id", manager)

    def _cycle_reason(self, manager: int | None) -> str | None:
        pursuit_map = self._controller.pursuit_map
        if pursuit_map is None or self._node is None or manager is None:
            return None
        chart = {n.stakeholder_id: n.reports_to_id for n in pursuit_map.nodes}
        cycle = would_create_cycle(chart, self._node.stakeholder_id, manager)
        if cycle is None:
            return None
        names = " → ".join(pursuit_map.node(i).name for i in cycle)
        return self.tr("Not possible: this would make a reporting cycle ({names}).").format(names=names)

    def _on_return(self) -> None:
        """Enter in a new person's form adds them, as the default "Add to map" button promises."""
        if self._creating:
            self._on_add()

    def _on_add(self) -> None:
        name = self.name.text().strip()
        self.name_error.show_error(None if name else self.tr("A name is required."))
        if not name:
            return
        fields = {
            "name": name,
            "title": self.title_edit.text() or None,
            "function": self.function.value(),
            "profile": self.profile.value(),
            "reports_to_id": self.reports_to.value(),
            "personal_win": self.personal_win.text() or None,
            "email": self.email.text() or None,
        }
        if self._controller.add_stakeholder(**fields):
            self._creating = False

    def _save_seat(self, field: str, value: Any) -> None:
        if self._loading or self._node is None or self._node.member_id is None:
            return
        if getattr(self._node, field) != value:
            self._controller.edit_seat(self._node.member_id, **{field: value})

    def _on_engaged_changed(self, qdate: QDate) -> None:
        value = None if qdate == _NEVER else date(qdate.year(), qdate.month(), qdate.day())
        self._save_seat("last_engaged", value)

    def _on_committee_toggled(self, seated: bool) -> None:
        if self._loading or self._node is None or self._controller.pursuit_id is None:
            return
        if seated and self._node.member_id is None:
            self._controller.seat(self._node.stakeholder_id)
        elif not seated and self._node.member_id is not None:
            self._controller.unseat(self._node.member_id)

    # --- the member's buying stage ------------------------------------------------------

    def _fill_views(self, node: MapNode | None) -> None:
        """Colleagues' own views of the person, from the open map (no database round trip)."""
        from consensus_app.core.ratings import views_text

        pursuit_map, workspace_open = self._controller.pursuit_map, self._controller.is_open
        me = self._controller.workspace.identity.user_id if workspace_open else None
        said = views_text(pursuit_map.ratings, node.stakeholder_id, me) if node and pursuit_map else ""
        self.colleague_views.setText(self.tr("Views on the team:") + "\n" + said if said else "")
        self.colleague_views.setVisible(bool(said))

    def _on_stage_chosen(self) -> None:
        """Another stage chosen: ask when and what moved them, then move them (or put it back)."""
        node = self._node
        if self._loading or node is None or node.member_id is None:
            return
        chosen = self.journey_stage.value()  # (a combo's data comes back as the plain string)
        stage = BuyingStage(chosen) if chosen else None
        if stage == node.journey_stage:
            return
        dialog = MoveDialog(node.name, stage, self)
        if dialog.exec() == MoveDialog.DialogCode.Accepted:
            note = dialog.note.text().strip() or None
            self._controller.move_journey_stage(node.member_id, stage, note, dialog.chosen_day())
        else:
            self._loading = True
            self.journey_stage.set_value(node.journey_stage)
            self._loading = False
