"""Screenshots of colleagues' differing views: the ± badges on the map (one badge's tooltip shown) and
the Assessment tab's "Where colleagues see people differently", on the 32-person account rated by four
colleagues (tests/rater_views.py), seen as Ana Lima.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots_ratings.py [folder]
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.rater_views
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from consensus_app.core.interchange import check_document
from consensus_app.storage.bulk_import import import_document
from consensus_app.storage.identity import Identity
from consensus_app.storage.workspace import open_workspace
from consensus_app.ui.controller import WorkspaceController
from consensus_app.ui.main_window import MainWindow
from consensus_app.ui.settings import UiSettings
from tests.rater_views import rated_document

app = QApplication(sys.argv)
out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
out.mkdir(parents=True, exist_ok=True)
scratch = tempfile.mkdtemp()
settings = UiSettings(QSettings(str(Path(scratch) / "ui.ini"), QSettings.Format.IniFormat))
ws = open_workspace(str(Path(scratch) / "w.db"), actor=Identity.named("Ana Lima"))
import_document(ws, check_document(rated_document()))
window = MainWindow(WorkspaceController(ws), settings)
window.resize(1440, 900)
window.show()


def settle(n: int = 60) -> None:
    for _ in range(n):
        QThreadPool.globalInstance().waitForDone(100)
        app.processEvents()
        QTest.qWait(50)


settle()
window.view.fit_to_view()
window.assessment_dock.raise_()
settle(30)
panel = window.assessment
print("sentences:", [panel.colleagues.item(i).text() for i in range(panel.colleagues.count())])
badges = window.insights.rating_badges.badges
print("badges:", len(badges))
for badge in list(badges.values())[:3]:
    print(repr(badge.toolTip()))
# Scroll the panel to the disagreements box and grab it
dock = window.insights.assessment_dock
box = panel.disagreement_box
# Zoom on the first badged card
sid = next(iter(badges))
card = window.scene.node_item(sid)
window.view.resetTransform()
window.view.scale(1.3, 1.3)
window.view.centerOn(card)
settle(10)
window.view.grab().save(str(out / "colleagues-disagree-badge.png"))
# The whole window: the panel scrolled to the colleagues' box, one badge's tooltip shown.
window.view.fit_to_view()
settle(10)
scroll = box.parentWidget()
while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
    scroll = scroll.parentWidget()
if scroll is not None:
    scroll.ensureWidgetVisible(box)
badge = badges[sid]
view_point = window.view.mapFromScene(badge.mapToScene(badge.boundingRect().center()))
QToolTip.showText(window.view.viewport().mapToGlobal(view_point), badge.toolTip(), window.view)
settle(10)
app.primaryScreen().grabWindow(0).save(str(out / "colleagues-disagree.png"))
print("\n".join(str(p) for p in sorted(out.glob("colleagues-disagree*.png"))))
