"""The messaging panel: drafts that bridge the group, kits for its mobilizers, and the library.

Drafts come from the open pursuit's bridge themes (in the stakeholders' own words, for the
pursuit's buying stage), in the committee's language unless the user picks another: the choice
asks for the drafts and kits again (`sig_language`) and the window remembers it per pursuit.
Persian drafts read right to left. A draft can be edited in place; the personalization check
re-reads the edited text as it changes. Drafts and kits copy as plain text or Markdown, and drafts
save to the message library, where they can be found across accounts and approved.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.enum_words import function_word
from consensus_app.core.wording import isolated
from consensus_app.i18n import RIGHT_TO_LEFT, _, current_language, ngettext
from consensus_app.ui.marked import QT_TRANSLATE_NOOP
from consensus_app.ui.message_library_view import MessageLibraryView
from consensus_app.ui.widgets import human

if TYPE_CHECKING:
    from consensus_app.core.messaging import Draft, Kit, PursuitMessaging
    from consensus_app.ui.controller import WorkspaceController
    from models import MessageRecord

_ITEM = Qt.ItemDataRole.UserRole
# The template languages, named as their readers write them (resources/message_templates/).
# A script the reader may not read gets its name in the window's language beside it.
LANGUAGE_NAMES = {
    "en": "English",
    "ko": "한국어",
    "ja": "日本語",
    "fa": "فارسی",
    "id": "Bahasa Indonesia",
}
_GLOSSES = {
    "ko": QT_TRANSLATE_NOOP("MessagingPanel", "Korean"),
    "ja": QT_TRANSLATE_NOOP("MessagingPanel", "Japanese"),
    "fa": QT_TRANSLATE_NOOP("MessagingPanel", "Persian"),
}


def language_name(code: str) -> str:
    """ "한국어 (Korean)" in an English window, "한국어" in a Korean one."""
    gloss = _GLOSSES.get(code)
    if gloss is None or current_language() == code:
        return LANGUAGE_NAMES[code]
    return f"{LANGUAGE_NAMES[code]} ({QCoreApplication.translate('MessagingPanel', gloss)})"


class MessagingPanel(QWidget):
    sig_highlight = Signal(list)  # the people a draft or kit speaks to
    sig_saved = Signal(str)  # a line for the status bar
    sig_language = Signal(str)  # the user chose the drafts' language (a template language code)

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.messaging: PursuitMessaging | None = None
        self._account_id: int | None = None
        self._pursuit_id: int | None = None
        self._shown: Draft | Kit | None = None
        self._quiet = False  # showing a draft the program picked, not the user

        self.heading = QLabel(self.tr("Open a pursuit to draft messages for its buying group."))
        self.heading.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("messaging-language")
        self.language.setToolTip(
            self.tr("The language the drafts and the kits' shareable pieces are written in")
        )
        for code in LANGUAGE_NAMES:
            self.language.addItem(language_name(code), code)
        self.language.setEnabled(False)
        self.drafts = QListWidget()
        self.drafts.setWordWrap(True)
        self.kits = QListWidget()
        self.kits.setWordWrap(True)
        self.library = MessageLibraryView(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.drafts, self.tr("Drafts"))
        self.tabs.addTab(self.kits, self.tr("Mobilizer kits"))
        self.tabs.addTab(self.library, self.tr("Library"))
        self.editor = QPlainTextEdit()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8A5A00;")
        self.copy_text = QPushButton(self.tr("Copy text"))
        self.copy_markdown = QPushButton(self.tr("Copy Markdown"))
        self.save_button = QPushButton(self.tr("Save to library"))

        buttons = QHBoxLayout()
        for button in (self.copy_text, self.copy_markdown, self.save_button):
            buttons.addWidget(button)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Write the drafts in:")))
        chooser.addWidget(self.language, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(chooser)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.editor, 2)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)

        self.drafts.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.kits.currentItemChanged.connect(lambda item, _old: self._show(item))
        # The first draft is shown without lighting up its people; a click on it then does.
        self.drafts.itemClicked.connect(self._point_at)
        self.kits.itemClicked.connect(self._point_at)
        self.tabs.currentChanged.connect(self._on_tab)
        self.editor.textChanged.connect(self._recheck)
        self.copy_text.clicked.connect(lambda: self._copy(markdown=False))
        self.copy_markdown.clicked.connect(lambda: self._copy(markdown=True))
        self.save_button.clicked.connect(self._on_save)
        self.language.currentIndexChanged.connect(self._on_language)
        self._show(None)

    def show_messaging(
        self, messaging: PursuitMessaging | None, account_id: int | None, pursuit_id: int | None
    ) -> None:
        self.messaging, self._account_id, self._pursuit_id = messaging, account_id, pursuit_id
        self.drafts.clear()
        self.kits.clear()
        self._show_language(messaging)
        if messaging is None:
            self.heading.setText(self.tr("Open a pursuit to draft messages for its buying group."))
            self._show(None)
            return
        drafts = ngettext("{n} draft", "{n} drafts", len(messaging.drafts)).format(n=len(messaging.drafts))
        kits = ngettext("{n} kit", "{n} kits", len(messaging.kits)).format(n=len(messaging.kits))
        self.heading.setText(
            self.tr(
                "For the {stage} stage: {drafts} built on the themes the group shares, and {kits} for "
                "supportive mobilizers."
            ).format(stage=human(messaging.stage), drafts=drafts, kits=kits)
        )
        for draft in messaging.drafts:
            mark = " ⚠" if draft.warnings else ""
            # Isolated: an English title's closing quote stays at its end in a Persian window.
            title = isolated(draft.title)
            functions = _(", ").join(function_word(f) for f in draft.functions)  # as the committee table
            item = QListWidgetItem(f"{title}{mark}\n{functions}")
            item.setData(_ITEM, draft)
            if draft.language in RIGHT_TO_LEFT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.drafts.addItem(item)
        for kit in messaging.kits:
            item = QListWidgetItem(
                f"{isolated(kit.name)} ({human(kit.profile)})\n"
                + (isolated(kit.theme_label) if kit.theme_label else self.tr("no shared theme yet"))
            )
            item.setData(_ITEM, kit)
            self.kits.addItem(item)
        if self.drafts.count():
            # Show the first draft, but do not light up its people on the map: the user has not
            # picked it (and this tab may not even be the one in front).
            self._quiet = True
            try:
                self.drafts.setCurrentRow(0)
            finally:
                self._quiet = False
        else:
            self._show(None)

    # --- showing and checking ---------------------------------------------------------

    def _show(self, item: QListWidgetItem | None) -> None:
        shown: Draft | Kit | None = item.data(_ITEM) if item is not None else None
        self._shown = shown
        self.editor.blockSignals(True)
        people: list[int] = []
        if shown is None:  # (the messaging package loads with the first draft, not with the window)
            self.editor.setPlainText("")
            is_kit = False
        else:
            from consensus_app.core.messaging import Kit, draft_as_text, kit_as_text

            if isinstance(shown, Kit):
                is_kit, people = True, [shown.stakeholder_id]
                self.editor.setPlainText(kit_as_text(shown))
            else:
                is_kit, people = False, list(shown.stakeholder_ids)
                self.editor.setPlainText(draft_as_text(shown))
        self._set_direction(shown is not None and shown.language in RIGHT_TO_LEFT)
        self.editor.blockSignals(False)
        self.editor.setReadOnly(shown is None or is_kit)
        for button in (self.copy_text, self.copy_markdown):
            button.setEnabled(shown is not None)
        self.save_button.setEnabled(shown is not None and not is_kit)
        if not self._quiet:
            self.sig_highlight.emit(people)
        self._recheck()

    def _show_language(self, messaging: PursuitMessaging | None) -> None:
        """The chooser shows the drafts' language and marks the committee's (no signal: the
        program, not the user, is choosing)."""
        self.language.blockSignals(True)
        try:
            for index in range(self.language.count()):
                code = self.language.itemData(index)
                committee = messaging is not None and code == messaging.committee_language
                suffix = " — " + self.tr("the committee's language") if committee else ""
                self.language.setItemText(index, language_name(code) + suffix)
            if messaging is not None:
                self.language.setCurrentIndex(max(0, self.language.findData(messaging.language)))
        finally:
            self.language.blockSignals(False)
        self.language.setEnabled(messaging is not None)

    def _on_language(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and self.messaging is not None and code != self.messaging.language:
            self.heading.setText(
                self.tr("Writing the drafts in {language}…").format(language=language_name(code))
            )
            self.sig_language.emit(code)

    def _set_direction(self, right_to_left: bool) -> None:
        """Persian reads right to left: the editor's paragraphs start on the right."""
        direction = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        option = self.editor.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
        self.editor.document().setDefaultTextOption(option)
        self.editor.setLayoutDirection(direction)

    def _point_at(self, item: QListWidgetItem) -> None:
        """Light up on the map the people this draft or kit speaks to."""
        from consensus_app.core.messaging import Kit

        shown = item.data(_ITEM)
        self.sig_highlight.emit(
            [shown.stakeholder_id] if isinstance(shown, Kit) else list(shown.stakeholder_ids)
        )

    def edited_draft(self) -> Draft | None:
        """The shown draft with the text as the user has edited it (title: the first line)."""
        from consensus_app.core.messaging import Kit

        if self._shown is None or isinstance(self._shown, Kit):
            return None
        title, _, body = self.editor.toPlainText().partition("\n")
        return replace(self._shown, title=title.strip() or self._shown.title, body=body.strip())

    def _recheck(self) -> None:
        if self._shown is None:
            self.warnings.setVisible(False)
            return
        from consensus_app.core.messaging import Kit, kit_warnings, personalization_warnings
        from consensus_app.core.messaging.lint import lint_draft

        if isinstance(self._shown, Kit):
            warnings = kit_warnings(self._shown)
        else:
            draft = self.edited_draft()
            warnings = personalization_warnings(draft) if draft is not None else []
            if draft is not None and self.messaging is not None:  # the text as the user edited it
                warnings += [
                    self.tr("Check: {problem}.").format(problem=p)
                    for p in lint_draft(draft, self.messaging.statements)
                ]
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    # --- actions ------------------------------------------------------------------------

    def _copy(self, markdown: bool) -> None:
        from consensus_app.core.messaging import Kit, draft_as_markdown, kit_as_markdown

        if isinstance(self._shown, Kit):
            text = kit_as_markdown(self._shown) if markdown else self.editor.toPlainText()
        else:
            draft = self.edited_draft()
            text = draft_as_markdown(draft) if (markdown and draft) else self.editor.toPlainText()
        QGuiApplication.clipboard().setText(text)

    def _on_save(self) -> None:
        draft = self.edited_draft()
        if draft is None or self._account_id is None:
            return
        self._controller.save_draft(draft, self._account_id, self._pursuit_id, self._saved)

    def _saved(self, record: MessageRecord) -> None:
        self.sig_saved.emit(
            self.tr("Saved “{title}” to the message library as a draft").format(title=record.title)
        )
        self.library.refresh()

    def _on_tab(self, index: int) -> None:
        shown = self.tabs.widget(index)
        if shown is self.library:
            self.library.refresh()
        elif shown in (self.drafts, self.kits):
            # The editor shows what is chosen in the tab in front (else a kit read on the kits tab
            # would stay in the editor, and Save stay off, over the draft chosen here).
            self._quiet = True
            try:
                self._show(self.drafts.currentItem() if shown is self.drafts else self.kits.currentItem())
            finally:
                self._quiet = False
