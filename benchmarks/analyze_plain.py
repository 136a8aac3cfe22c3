"""The plain script `consensus-app analyze` is measured against: the same metrics from the same file.

Reads one pursuit's people, ties and committee from a Consensus SQLite workspace with `sqlite3`,
builds networkx graphs and computes what the assessment computes, with the same sampling:
PageRank over who sways whom, betweenness from the same (at most 64) members to every member,
Louvain factions (seed 7), articulation points and the cheapest chains of influence from each
supportive mobilizer to each approver; prints them as JSON. It does not score, explain, or name
findings.

With --themes it also themes the committee's priorities from their stored sentence vectors, the
way a plain script would with scikit-learn: TF-IDF of words (1–2) and characters inside words
(2–5), a 100-dimension LSA (TruncatedSVD) beside the stored vectors, a 10-nearest-neighbour
graph, the leading eigenvectors of its normalised affinity (SciPy's dense eigh, as the app),
k-means for each k of the app's grid of candidates, the k with the best silhouette, each
theme's three strongest terms and who voiced it. It does not centre
each language, choose k on a plateau, judge confidence, attach or leave out loners, or apply
the seller's corrections.

.venv/bin/python benchmarks/analyze_plain.py WORKSPACE.db [--themes]
"""

from __future__ import annotations

import json
import sqlite3
import sys

import networkx as nx

EXACT_UP_TO, SAMPLES, SEED = 250, 64, 7  # as consensus_app.core.analytics.metrics
MOBILIZERS = ("go_getter", "teacher", "skeptic")


def main(path: str, with_themes: bool = False) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    pursuit, account = db.execute("SELECT id, account_id FROM pursuit ORDER BY id LIMIT 1").fetchone()
    people = db.execute(
        "SELECT id, reports_to_id, profile FROM stakeholder WHERE account_id = ?", (account,)
    ).fetchall()
    ties = db.execute(
        "SELECT source_id, target_id, kind, strength FROM relationship WHERE account_id = ?", (account,)
    ).fetchall()
    seats = db.execute(
        "SELECT stakeholder_id, approver, stance FROM committee_member WHERE pursuit_id = ?", (pursuit,)
    ).fetchall()
    undirected, sway = nx.Graph(), nx.DiGraph()
    undirected.add_nodes_from(p[0] for p in people)
    sway.add_nodes_from(p[0] for p in people)
    for person, manager, _profile in people:
        if manager:
            undirected.add_edge(person, manager, weight=1.0)
            sway.add_edge(manager, person, weight=2.0, cost=0.5)
    for source, target, kind, strength in ties:
        if kind == "conflicts":
            continue
        undirected.add_edge(source, target, weight=float(strength))
        if kind != "allies":
            sway.add_edge(source, target, weight=float(strength), cost=1.0 / strength)
    members = sorted(s[0] for s in seats if undirected.degree(s[0]))
    sources = members
    if len(undirected) > EXACT_UP_TO and len(members) > SAMPLES:
        sources = members[:: max(1, len(members) // SAMPLES)][:SAMPLES]
    profile = {p[0]: p[2] for p in people}
    movers = [s[0] for s in seats if s[2] >= 1 and profile[s[0]] in MOBILIZERS]
    approvers = [s[0] for s in seats if s[1]]
    reach = nx.pagerank(sway.reverse(copy=False), weight="weight")
    between = nx.betweenness_centrality_subset(undirected, sources=sources, targets=members)
    factions = nx.community.louvain_communities(undirected, weight="weight", seed=SEED)
    cut = list(nx.articulation_points(undirected))
    paths = {}
    if len(movers) <= len(approvers):
        for mover in movers:
            found = nx.single_source_dijkstra_path(sway, mover, weight="cost")
            paths.update({f"{mover}>{a}": found[a] for a in approvers if a in found and a != mover})
    else:
        backwards = sway.reverse(copy=False)
        for approver in approvers:
            found = nx.single_source_dijkstra_path(backwards, approver, weight="cost")
            paths.update({f"{m}>{approver}": found[m][::-1] for m in movers if m in found and m != approver})
    found = themes(db, pursuit) if with_themes else []
    print(
        json.dumps(
            {
                "themes": found,
                "reach": sorted(reach.items(), key=lambda kv: -kv[1])[:10],
                "brokers": sorted(between.items(), key=lambda kv: -kv[1])[:10],
                "factions": [sorted(f) for f in factions],
                "only_paths": sorted(cut),
                "paths": len(paths),
            }
        )
    )
    return 0


def themes(db: sqlite3.Connection, pursuit: int) -> list[dict[str, object]]:
    """The committee's priorities themed from their stored vectors with scikit-learn."""
    import numpy as np
    from scipy.linalg import eigh
    from scipy.sparse import hstack
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics import silhouette_score
    from sklearn.neighbors import kneighbors_graph
    from sklearn.preprocessing import normalize

    rows = db.execute(
        "SELECT p.stakeholder_id, p.text, v.vector FROM priority p"
        " JOIN committee_member c ON c.stakeholder_id = p.stakeholder_id AND c.pursuit_id = ?"
        " JOIN priority_vector v ON v.priority_id = p.id"
        " WHERE p.pursuit_id IS NULL OR p.pursuit_id = ? ORDER BY p.id",
        (pursuit, pursuit),
    ).fetchall()
    texts = [text for _, text, _ in rows]
    meaning = normalize(np.vstack([np.frombuffer(blob, dtype="<f4") for _, _, blob in rows]))
    words = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2, dtype=np.float32)
    chars = TfidfVectorizer(
        sublinear_tf=True, analyzer="char_wb", ngram_range=(2, 5), min_df=2, dtype=np.float32
    )
    tfidf = normalize(hstack([words.fit_transform(texts), chars.fit_transform(texts)], format="csr"))
    lsa = normalize(TruncatedSVD(100, random_state=0).fit_transform(tfidf))
    points = normalize(np.hstack([meaning, 0.6 * lsa]))
    graph = kneighbors_graph(points, 10, metric="cosine", include_self=False)
    graph = 0.5 * (graph + graph.T)
    top = int(min(len(texts) - 1, max(20, min(250, 2.5 * len(texts) ** 0.5))))
    grid = sorted({round(2 * (top / 2) ** (i / 17)) for i in range(18)})
    # The leading eigenvectors of the normalised graph (dense: a few hundred statements).
    scale = 1.0 / np.sqrt(np.maximum(np.asarray(graph.sum(axis=1)).ravel(), 1e-12))
    affinity = graph.multiply(scale[:, None]).multiply(scale[None, :]).toarray()
    n = len(texts)
    _values, vectors = eigh(affinity, subset_by_index=[n - top, n - 1])
    embedding = normalize(vectors[:, ::-1])
    scored = []
    for k in grid:
        labels = KMeans(k, n_init=1, random_state=0).fit_predict(embedding[:, :k])
        scored.append((silhouette_score(embedding[:, :k], labels, metric="cosine"), k, labels))
    _score, _k, labels = max(scored, key=lambda s: s[0])
    names = np.array([*words.get_feature_names_out(), *chars.get_feature_names_out()])
    found = []
    for theme in np.unique(labels):
        members = np.flatnonzero(labels == theme)
        weight = np.asarray(tfidf[members].mean(axis=0)).ravel()
        found.append(
            {
                "terms": names[np.argsort(-weight)[:3]].tolist(),
                "statements": len(members),
                "voiced_by": len({rows[i][0] for i in members}),
            }
        )
    return found


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], "--themes" in sys.argv[2:]))
