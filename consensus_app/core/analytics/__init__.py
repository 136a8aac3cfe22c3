"""Consensus analytics: who sways whom, where the group splits, and how ready it is to agree.

Pure functions of a `PursuitMap` (networkx, no Qt, no database), used by the CLI and the window.
"""

from consensus_app.core.analytics.assessment import Assessment, Component, assess
from consensus_app.core.analytics.facts import PriorityTheme
from consensus_app.core.analytics.findings import Finding, Severity
from consensus_app.core.analytics.metrics import Broker, InfluencePath, Reach

__all__ = [
    "Assessment",
    "Broker",
    "Component",
    "Finding",
    "InfluencePath",
    "PriorityTheme",
    "Reach",
    "Severity",
    "assess",
]
