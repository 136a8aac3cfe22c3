"""Themes for marketing, beside the portfolio board: what recurs across accounts, in how many
accounts and functions, and the words each function uses for it (core/portfolio_themes.py, the
same as `consensus-app portfolio-themes`). Themed in a worker, from the stored sentence vectors,
with progress and Cancel in the status bar's task list; exported as Markdown or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from consensus_app.core.journey import STAGE_WORDS
from consensus_app.i18n import ngettext
from consensus_app.ui.error_dialog import show_error
from consensus_app.ui.tasks import Task
from models import Function

if TYPE_CHECKING:
    from consensus_app.core.portfolio_themes import PortfolioFilter, PortfolioTheme
    from consensus_app.ui.controller import WorkspaceController

HEADERS = [
    QT_TRANSLATE_NOOP("PortfolioThemesView", "Theme"),
    QT_TRANSLATE_NOOP("PortfolioThemesView", "Accounts"),
    QT_TRANSLATE_NOOP("PortfolioThemesView", "Functions"),
    QT_TRANSLATE_NOOP("PortfolioThemesView", "Statements"),
    QT_TRANSLATE_NOOP("PortfolioThemesView", "Their words"),
]


def function_words(function: str) -> str:
    return function.replace("_", " ").capitalize() if function != "it" else "IT"


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    """The widget with its objectName (tests and the controls check find it by that)."""
    widget.setObjectName(name)
    return widget


class PortfolioThemesView(QWidget):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.themes: list[PortfolioTheme] = []
        self.accounts = 0
        self._filter: PortfolioFilter | None = None  # what the shown themes were found for
        self.task: Task | None = None
        self.industry = _named(QLineEdit(), "portfolio-themes-industry")
        self.industry.setPlaceholderText(self.tr("any industry"))
        self.region = _named(QLineEdit(), "portfolio-themes-region")
        self.region.setPlaceholderText(self.tr("any region"))
        self.function = _named(QComboBox(), "portfolio-themes-function")
        self.function.addItem(self.tr("Any function"), None)
        for function in Function:
            self.function.addItem(function_words(function.value), function.value)
        self.stage = _named(QComboBox(), "portfolio-themes-stage")
        self.stage.addItem(self.tr("Any stage"), None)
        for stage, words in STAGE_WORDS.items():
            self.stage.addItem(words, stage.value)
        self.find_button = _named(QPushButton(self.tr("Find themes")), "portfolio-themes-find")
        self.export_button = _named(QPushButton(self.tr("Export…")), "portfolio-themes-export")
        self.export_button.setEnabled(False)
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels([self.tr(str(header)) for header in HEADERS])
        self.tree = _named(QTreeView(), "portfolio-themes-tree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        for column, width in enumerate((260, 80, 80, 90, 600)):
            self.tree.setColumnWidth(column, width)
        self.summary = _named(
            QLabel(
                self.tr(
                    "Themes that recur across accounts, and each function's own words for them: "
                    "choose the accounts and press Find themes."
                )
            ),
            "portfolio-themes-summary",
        )
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (
            self.industry,
            self.region,
            self.function,
            self.stage,
            self.find_button,
            self.export_button,
        ):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self.find_button.clicked.connect(self.find_themes)
        self.industry.returnPressed.connect(self.find_themes)
        self.region.returnPressed.connect(self.find_themes)
        self.export_button.clicked.connect(self._on_export)

    def chosen(self) -> PortfolioFilter:
        # (core.themes loads only when asked for: the board's window opens without it)
        from consensus_app.core.portfolio_themes import PortfolioFilter

        return PortfolioFilter(
            self.industry.text().strip() or None,
            self.region.text().strip() or None,
            self.function.currentData(),
            self.stage.currentData(),
        )

    def find_themes(self) -> Task:
        """Theme the chosen accounts' priorities in a worker."""
        self.cancel()
        chosen, workspace = self.chosen(), self.controller.workspace

        def work(progress: Any, should_stop: Any) -> tuple[list[PortfolioTheme], int]:
            from consensus_app.core.cancellable import Cancelled
            from consensus_app.core.portfolio_themes import portfolio_statements, portfolio_themes
            from consensus_app.storage.priority_vectors import PriorityVectorRepository

            accounts = workspace.repos.accounts.list()
            snapshots = []
            for index, account in enumerate(accounts, 1):
                if should_stop():
                    raise Cancelled
                snapshots.append(workspace.repos.accounts.snapshot(account.id))
                progress(0.3 * index / max(1, len(accounts)))
            statements = portfolio_statements(snapshots, chosen)
            if not statements:
                return [], sum(1 for s in snapshots if chosen.accepts_account(s))
            themes = portfolio_themes(
                statements,
                progress=lambda f: progress(0.3 + 0.7 * f),
                should_stop=should_stop,
                vectors=PriorityVectorRepository(workspace),
            )
            return themes, sum(1 for s in snapshots if chosen.accepts_account(s))

        finding = self.tr("Finding themes across accounts…")
        task = Task(work, self, name=finding)
        task.sig_done.connect(lambda result: self._show(chosen, *result))
        task.sig_failed.connect(
            lambda exc: show_error(self, self.tr("Could not find the portfolio's themes"), str(exc), exc)
        )
        self.task = task
        self.summary.setText(finding)
        task.start()
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def _show(self, chosen: PortfolioFilter, themes: list[PortfolioTheme], accounts: int) -> None:
        self.task = None
        self.themes, self.accounts, self._filter = themes, accounts, chosen
        self.model.removeRows(0, self.model.rowCount())
        for theme in themes:
            words = "; ".join(
                f"{function_words(f)}: “\u2068{p[0]}\u2069”" for f, p in list(theme.functions.items())[:3]
            )
            cells = [theme.label, str(theme.accounts), str(theme.function_count), str(theme.size), words]
            items = [QStandardItem(text) for text in cells]
            items[0].setToolTip(self.tr("Terms: {terms}").format(terms=", ".join(theme.terms)))
            for function, phrases in theme.functions.items():
                child = [QStandardItem(function_words(function)), *(QStandardItem("") for _ in range(3))]
                child.append(QStandardItem(" | ".join(f"“\u2068{p}\u2069”" for p in phrases)))
                items[0].appendRow(child)
            self.model.appendRow(items)
        self.export_button.setEnabled(bool(themes))
        # gettext's plurals: right in English with no catalogue loaded (Qt's %n needs one for English too).
        across = ngettext("{n} account", "{n} accounts", accounts).format(n=f"{accounts:,}")
        if themes:
            found = ngettext("{n} theme", "{n} themes", len(themes)).format(n=f"{len(themes):,}")
            said = self.tr(
                "{themes} across {accounts}, those in the most accounts first. Expand a theme for the "
                "words each function uses."
            )
            self.summary.setText(said.format(themes=found, accounts=across))
        else:
            self.summary.setText(
                self.tr("No priorities match in {accounts}: widen the choice.").format(accounts=across)
            )

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the portfolio's themes"),
            self.tr("Portfolio themes") + ".md",
            self.tr("Markdown (*.md);;CSV (*.csv)"),
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> Path:
        from consensus_app.exporters.portfolio_themes import write_portfolio_csv, write_portfolio_markdown

        if path.suffix.lower() == ".csv":
            return write_portfolio_csv(self.themes, path)
        return write_portfolio_markdown(self.themes, self._filter or self.chosen(), self.accounts, path)
