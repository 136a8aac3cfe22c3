"""Consensus analytics: who sways whom, where the group splits, and how ready it is to agree.

Pure functions of a `PursuitMap` (networkx, no Qt, no database), used by the CLI and the window:
`assessment.assess`, `whatif.what_if`, the metrics in `metrics`; the plain result types in
`results` and the what-if changes in `changes` import no networkx, so the window can use them
at start-up and import the algorithms only when it assesses.
"""
