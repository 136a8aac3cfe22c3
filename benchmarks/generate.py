"""A deterministic, realistic-looking portfolio of accounts for benchmarks.

`portfolio(n_accounts, seed)` returns an interchange document (`consensus-map`,
version 1; see resources/schema/consensus-map.v1.schema.json). Per account:

- 20 stakeholders in one reporting tree (each reports to someone listed before them,
  so there is never a cycle),
- 8–12 relationships between distinct stakeholders,
- 100 priorities, 5 per stakeholder: short phrases built from word lists, about one
  in eight in German, French, Spanish, Portuguese, Japanese or Polish,
- 1–2 pursuits, each with a committee of 6–10 distinct stakeholders.

At the defaults (2,000 accounts) that is exactly 2,000 accounts, 40,000 stakeholders
and 200,000 priorities. Each account is drawn from its own seeded generator, so
`portfolio(200)` is the first 200 accounts of `portfolio(2000)` with the same seed.

Run it to write a document: `python benchmarks/generate.py out.json --accounts 2000`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

STAKEHOLDERS_PER_ACCOUNT = 20
PRIORITIES_PER_STAKEHOLDER = 5
DEFAULT_ACCOUNTS = 2000
DEFAULT_SEED = 20240601

FIRST_NAMES = (
    "Anna", "Ben", "Chloé", "Daniel", "Elif", "Farah", "Gustavo", "Hiroshi", "Ingrid", "João",
    "Katarzyna", "Liam", "María", "Nikolai", "Olivia", "Priya", "Quentin", "Rania", "Søren", "Tomás",
    "Uma", "Vikram", "Wen", "Xavier", "Yuki", "Zoë", "Amara", "Björn", "Dmitri", "Émilie",
    "Fatima", "Grace", "Hugo", "Isabela", "Jun", "Kwame", "Leila", "Mateo", "Noor", "Oskar",
)  # fmt: skip
LAST_NAMES = (
    "Schmidt", "Okafor", "Dubois", "García", "Tanaka", "Kowalski", "Nguyen", "Johansson", "Rossi",
    "Silva", "Müller", "Patel", "Kim", "O'Brien", "Novák", "Haddad", "Costa", "Yılmaz", "Andersen",
    "Fernández", "Ivanova", "Moreau", "Sato", "Lindqvist", "Mensah", "Chen", "Horvath", "Bianchi",
)  # fmt: skip
FUNCTION_TITLES = {
    "executive": ("Chief Executive Officer", "Chief Operating Officer", "General Manager"),
    "finance": ("Chief Financial Officer", "VP Finance", "Financial Controller", "FP&A Lead"),
    "it": ("Chief Information Officer", "IT Director", "Head of Infrastructure", "Systems Architect"),
    "operations": ("VP Operations", "Plant Manager", "Supply Chain Lead", "Operations Analyst"),
    "procurement": ("Head of Procurement", "Category Manager", "Buyer"),
    "security": ("CISO", "Security Architect", "Risk Manager"),
    "engineering": ("VP Engineering", "Engineering Manager", "Staff Engineer"),
    "legal": ("General Counsel", "Contracts Manager"),
    "marketing": ("CMO", "Marketing Director", "Demand Generation Manager"),
    "sales": ("Chief Revenue Officer", "Sales Director", "Sales Operations Manager"),
    "hr": ("CHRO", "HR Business Partner"),
    "product": ("Chief Product Officer", "Product Manager"),
    "customer_service": ("Head of Customer Service", "Support Team Lead"),
}
PROFILES = ("go_getter", "teacher", "skeptic", "guide", "friend", "climber", "blocker", "unknown")
INDUSTRIES = (
    "Manufacturing", "Healthcare", "Financial services", "Retail", "Logistics", "Energy",
    "Public sector", "Telecommunications", "Insurance", "Pharmaceuticals", "Education", "Media",
)  # fmt: skip
REGIONS = ("EMEA", "North America", "LATAM", "APAC", "DACH", "Nordics", "Benelux", "Iberia")
NAME_PARTS = (
    ("Nord", "Vertex", "Blue", "Atlas", "Helio", "Granit", "Sol", "Aurora", "Kite", "Lumen", "Orbis",
     "Pioneer", "Quartz", "River", "Summit", "Terra", "Union", "Vista", "Wave", "Zenith"),
    ("tech", "star", "field", "line", "works", "gate", "point", "bridge", "core", "path", "mark"),
    ("GmbH", "Ltd", "Inc.", "S.A.", "AG", "Group", "Holdings", "plc", "B.V.", "AB", "Sp. z o.o."),
)  # fmt: skip

# English priorities: VERB + OBJECT (+ QUALIFIER).
VERBS = (
    "Reduce", "Cut", "Improve", "Automate", "Consolidate", "Standardise", "Speed up", "Simplify",
    "Secure", "Modernise", "Measure", "Grow", "Protect", "Replace", "Streamline", "De-risk",
)  # fmt: skip
OBJECTS = (
    "month-end close", "onboarding time", "vendor count", "support backlog", "data silos",
    "licence spend", "audit findings", "churn in key accounts", "manual reporting", "cloud costs",
    "time to quote", "inventory write-offs", "compliance effort", "forecast accuracy",
    "employee turnover", "integration effort", "legacy ERP", "shadow IT", "security incidents",
    "order-to-cash cycle", "customer satisfaction", "field service visits", "procurement cycle time",
)  # fmt: skip
QUALIFIERS = (
    "", "", "", "by 20% this year", "before the next audit", "across all regions", "without new headcount",
    "by Q3", "for the board review", "within budget", "in the EU entities", "before renewal",
)  # fmt: skip
PERSONAL = (
    "Wants a visible win before promotion round", "Needs to look good in front of the CFO",
    "Does not want another failed rollout", "Wants to be seen as the innovator",
    "Worried about job security after the merger", "Wants less weekend firefighting",
)  # fmt: skip
# Short phrases in other languages, tagged with their language.
FOREIGN = (
    ("de", ("Kosten senken", "Prozesse vereinfachen", "Abhängigkeit von Altsystemen reduzieren",
            "Datenschutz gewährleisten", "Lieferzeiten verkürzen", "Transparenz für den Vorstand")),
    ("fr", ("Réduire les coûts d'exploitation", "Accélérer la clôture mensuelle",
            "Améliorer la satisfaction client", "Sécuriser les données sensibles",
            "Simplifier les achats")),
    ("es", ("Reducir el tiempo de respuesta", "Mejorar la previsión de ventas",
            "Cumplir con la normativa", "Unificar los sistemas de facturación")),
    ("pt", ("Reduzir custos de TI", "Aumentar a produtividade da equipe", "Evitar multas regulatórias")),
    ("ja", ("コスト削減", "業務の自動化", "顧客満足度の向上", "セキュリティ強化", "在庫の最適化")),
    ("pl", ("Skrócić czas wdrożenia", "Zmniejszyć liczbę dostawców", "Poprawić jakość danych")),
)  # fmt: skip
PRIORITY_KINDS = ("goal", "pain", "concern", "decision_criterion", "personal")
RELATIONSHIP_KINDS = ("influences", "allies", "conflicts", "dotted_line")
STAGES = ("problem_definition", "solution_identification", "supplier_selection")
STATUSES = ("open", "open", "open", "won", "lost", "no_decision")
ROLES = (
    "economic_buyer", "decision_maker", "champion", "technical_evaluator", "user", "influencer",
    "procurement", "legal", "executive_sponsor", "gatekeeper",
)  # fmt: skip
PURSUIT_NAMES = (
    "ERP replacement", "Cloud migration", "Analytics platform", "Security upgrade", "CRM rollout",
    "Procurement suite", "Service desk renewal", "Data platform", "HR system", "Field service app",
)  # fmt: skip


def _priority_text(rng: random.Random, kind: str) -> tuple[str, str | None]:
    """A short phrase and its language (None: English, the account's language)."""
    if kind == "personal":
        return rng.choice(PERSONAL), None
    if rng.random() < 0.125:
        language, phrases = rng.choice(FOREIGN)
        return rng.choice(phrases), language
    qualifier = rng.choice(QUALIFIERS)
    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    return (f"{text} {qualifier}" if qualifier else text), None


def account(index: int, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """Account number `index` (0-based) of the portfolio drawn with `seed`."""
    rng = random.Random(seed * 1_000_003 + index)
    functions = list(FUNCTION_TITLES)

    stakeholders: list[dict[str, Any]] = []
    for s in range(STAKEHOLDERS_PER_ACCOUNT):
        function = "executive" if s == 0 else rng.choice(functions)
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        person: dict[str, Any] = {
            "id": f"s{s + 1:02d}",
            "name": f"{first} {last}",
            "title": rng.choice(FUNCTION_TITLES[function]),
            "function": function,
            "profile": rng.choice(PROFILES),
        }
        if s > 0:  # a tree: everyone but the first reports to someone listed earlier
            person["reports_to"] = stakeholders[rng.randrange(max(1, s // 2)) if s > 3 else 0]["id"]
        if rng.random() < 0.3:
            person["email"] = f"{first.lower()}.{last.lower()}@example.com".replace("'", "")
        stakeholders.append(person)
    ids = [p["id"] for p in stakeholders]

    relationships = []
    pairs: set[tuple[str, str]] = set()
    wanted = rng.randint(8, 12)
    while len(relationships) < wanted:
        source, target = rng.sample(ids, 2)
        if (source, target) in pairs:
            continue
        pairs.add((source, target))
        relationships.append({
            "id": f"r{len(relationships) + 1:02d}", "source": source, "target": target,
            "kind": rng.choice(RELATIONSHIP_KINDS), "strength": rng.randint(1, 3),
        })  # fmt: skip

    pursuits = []
    for q in range(rng.randint(1, 2)):
        committee = rng.sample(ids, rng.randint(6, 10))
        pursuits.append({
            "id": f"opp{q + 1}",
            "name": rng.choice(PURSUIT_NAMES),
            "value": float(rng.randrange(20, 2000) * 1000),
            "currency": rng.choice(("EUR", "USD", "GBP")),
            "stage": rng.choice(STAGES),
            "status": rng.choice(STATUSES),
            "committee": [
                {"id": f"opp{q + 1}-m{m + 1:02d}", "stakeholder": who, "role": rng.choice(ROLES),
                 "approver": rng.random() < 0.2, "stance": rng.randint(-2, 2), "influence": rng.randint(1, 5)}
                for m, who in enumerate(committee)
            ],
        })  # fmt: skip

    priorities = []
    for who in ids:
        for _ in range(PRIORITIES_PER_STAKEHOLDER):
            kind = rng.choice(PRIORITY_KINDS)
            text, language = _priority_text(rng, kind)
            priority: dict[str, Any] = {
                "id": f"p{len(priorities) + 1:03d}", "stakeholder": who, "text": text,
                "kind": kind, "importance": rng.randint(1, 5),
            }  # fmt: skip
            if language:
                priority["language"] = language
            if rng.random() < 0.2:
                priority["pursuit"] = rng.choice(pursuits)["id"]
            priorities.append(priority)

    name = f"{rng.choice(NAME_PARTS[0])}{rng.choice(NAME_PARTS[1])} {rng.choice(NAME_PARTS[2])}"
    return {
        "id": f"acct-{index + 1:05d}",
        "name": f"{name} #{index + 1}",
        "industry": rng.choice(INDUSTRIES),
        "region": rng.choice(REGIONS),
        "language": "en",
        "stakeholders": stakeholders,
        "relationships": relationships,
        "priorities": priorities,
        "pursuits": pursuits,
    }


def portfolio(n_accounts: int = DEFAULT_ACCOUNTS, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """An interchange document with `n_accounts` accounts, the same for the same seed."""
    return {
        "format": "consensus-map",
        "version": 1,
        "generator": f"benchmarks/generate.py (seed {seed})",
        "accounts": [account(i, seed) for i in range(n_accounts)],
    }


def counts(document: dict[str, Any]) -> dict[str, int]:
    accounts = document["accounts"]
    return {
        "accounts": len(accounts),
        "stakeholders": sum(len(a["stakeholders"]) for a in accounts),
        "relationships": sum(len(a["relationships"]) for a in accounts),
        "priorities": sum(len(a["priorities"]) for a in accounts),
        "pursuits": sum(len(a["pursuits"]) for a in accounts),
        "committee_members": sum(len(q["committee"]) for a in accounts for q in a["pursuits"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("output", type=Path, help="where to write the JSON document ('-' for stdout)")
    parser.add_argument("--accounts", type=int, default=DEFAULT_ACCOUNTS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    document = portfolio(args.accounts, args.seed)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    if str(args.output) == "-":
        sys.stdout.write(text + "\n")
    else:
        args.output.write_text(text + "\n", encoding="utf-8")
        print(json.dumps(counts(document)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
