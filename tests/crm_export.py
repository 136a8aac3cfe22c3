"""A Salesforce "Contacts & Accounts" report, as sellers export it, for the import tests and benchmarks.

`nordlys_contacts()` is the 32-person report of a Norwegian shipping company (names in Norwegian,
Japanese, Persian, Indonesian and Korean; a CEO with a dozen direct reports; four people without
an email). `many_contacts(n)` makes a report of any size with the same columns and a deep org chart.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

HEADERS = [
    "Contact ID",
    "First Name",
    "Last Name",
    "Title",
    "Email",
    "Account Name",
    "Reports To",
    "Department",
]
ACCOUNT = "Nordlys Shipping ASA"

# (Contact ID, first, last, title, email or "", reports to (full name or ""), department)
_PEOPLE: list[tuple[str, str, str, str, str, str, str]] = [
    ("0035g00000NLS001", "Ingrid", "Solberg", "Chief Executive Officer", "ingrid.solberg@nordlys.no", "",
     "Executive Office"),
    ("0035g00000NLS002", "Øystein", "Haugland", "Chief Financial Officer", "oystein.haugland@nordlys.no",
     "Ingrid Solberg", "Finance"),
    ("0035g00000NLS003", "Takeshi", "Yamamoto", "Chief Information Officer", "t.yamamoto@nordlys.no",
     "Ingrid Solberg", "Information Technology"),
    ("0035g00000NLS004", "Dewi", "Kusumawati", "Chief Operating Officer", "dewi.kusumawati@nordlys.no",
     "Ingrid Solberg", "Operations"),
    ("0035g00000NLS005", "Darius", "Karimi", "General Counsel", "darius.karimi@nordlys.no", "Ingrid Solberg",
     "Legal"),
    ("0035g00000NLS006", "Ji-woo", "Park", "Chief Commercial Officer", "jiwoo.park@nordlys.no",
     "Ingrid Solberg", "Commercial"),
    ("0035g00000NLS007", "Sigrid", "Bakke", "HR Director", "sigrid.bakke@nordlys.no", "Ingrid Solberg",
     "Human Resources"),
    ("0035g00000NLS008", "Haruka", "Sato", "Head of Procurement", "haruka.sato@nordlys.no", "Ingrid Solberg",
     "Procurement"),
    ("0035g00000NLS009", "Arash", "Rahimi", "CISO", "arash.rahimi@nordlys.no", "Ingrid Solberg", "Security"),
    ("0035g00000NLS010", "Putri", "Wulandari", "Marketing Director", "putri.wulandari@nordlys.no",
     "Ingrid Solberg", "Marketing"),
    ("0035g00000NLS011", "Min-jun", "Kim", "Director of Fleet Engineering", "minjun.kim@nordlys.no",
     "Ingrid Solberg", "Engineering"),
    ("0035g00000NLS012", "Kari", "Nordmann", "Head of Strategy", "", "Ingrid Solberg", "Executive Office"),
    ("0035g00000NLS013", "Yuki", "Tanaka", "Director of Customer Service", "yuki.tanaka@nordlys.no",
     "Ingrid Solberg", "Customer Service"),
    ("0035g00000NLS014", "Bjørn", "Østby", "Financial Controller", "bjorn.ostby@nordlys.no",
     "Øystein Haugland", "Finance"),
    ("0035g00000NLS015", "Maryam", "Hosseini", "Treasury Manager", "maryam.hosseini@nordlys.no",
     "Øystein Haugland", "Finance"),
    ("0035g00000NLS016", "Budi", "Santoso", "FP&A Lead", "", "Øystein Haugland", "Finance"),
    ("0035g00000NLS017", "Kenji", "Watanabe", "IT Infrastructure Manager", "kenji.watanabe@nordlys.no",
     "Takeshi Yamamoto", "Information Technology"),
    ("0035g00000NLS018", "Seo-yeon", "Lee", "Enterprise Architect", "seoyeon.lee@nordlys.no",
     "Takeshi Yamamoto", "Information Technology"),
    ("0035g00000NLS019", "Reza", "Ahmadi", "Data Platform Lead", "reza.ahmadi@nordlys.no", "Takeshi Yamamoto",
     "Information Technology"),
    ("0035g00000NLS020", "Astrid", "Lie", "Fleet Operations Manager", "astrid.lie@nordlys.no",
     "Dewi Kusumawati", "Operations"),
    ("0035g00000NLS021", "Agus", "Setiawan", "Port Logistics Manager", "agus.setiawan@nordlys.no",
     "Dewi Kusumawati", "Logistics"),
    ("0035g00000NLS022", "Hiroshi", "Nakamura", "Vessel Performance Analyst", "", "Dewi Kusumawati",
     "Operations"),
    ("0035g00000NLS023", "Leila", "Moradi", "Contracts Manager", "leila.moradi@nordlys.no", "Darius Karimi",
     "Legal"),
    ("0035g00000NLS024", "Seung-hoon", "Choi", "Key Account Director", "seunghoon.choi@nordlys.no",
     "Ji-woo Park", "Sales"),
    ("0035g00000NLS025", "Siti", "Rahayu", "Sales Operations Lead", "siti.rahayu@nordlys.no", "Ji-woo Park",
     "Sales"),
    ("0035g00000NLS026", "Erik", "Johansen", "Category Manager, IT", "erik.johansen@nordlys.no",
     "Haruka Sato", "Procurement"),
    ("0035g00000NLS027", "Nima", "Jafari", "Security Architect", "nima.jafari@nordlys.no", "Arash Rahimi",
     "Security"),
    ("0035g00000NLS028", "Hye-jin", "Jung", "Brand Manager", "hyejin.jung@nordlys.no", "Putri Wulandari",
     "Marketing"),
    ("0035g00000NLS029", "Akiko", "Ito", "Naval Architect", "akiko.ito@nordlys.no", "Min-jun Kim",
     "Engineering"),
    ("0035g00000NLS030", "Rizky", "Pratama", "Service Desk Lead", "", "Yuki Tanaka", "Customer Service"),
    ("0035g00000NLS031", "Solveig", "Dahl", "People Partner", "solveig.dahl@nordlys.no", "Sigrid Bakke",
     "Human Resources"),
    ("0035g00000NLS032", "Farhad", "Rostami", "Sustainability Lead", "farhad.rostami@nordlys.no",
     "Ingrid Solberg", "Sustainability"),
]  # fmt: skip
WITHOUT_EMAIL = ["Kari Nordmann", "Budi Santoso", "Hiroshi Nakamura", "Rizky Pratama"]


def nordlys_rows(account: str = ACCOUNT) -> list[list[str]]:
    return [
        [cid, first, last, title, email, account, boss, dept]
        for cid, first, last, title, email, boss, dept in _PEOPLE
    ]


def many_rows(n: int, account: str = "Skagerrak Logistics AS") -> list[list[str]]:
    """`n` contacts: one CEO, ten directors, then teams of eight under the people above them."""
    first = [
        "Ingrid",
        "Kenji",
        "Maryam",
        "Budi",
        "Ji-woo",
        "Øystein",
        "Haruka",
        "Darius",
        "Putri",
        "Seo-yeon",
    ]
    last = [
        "Solberg",
        "Yamamoto",
        "Hosseini",
        "Santoso",
        "Park",
        "Haugland",
        "Sato",
        "Karimi",
        "Wulandari",
        "Lee",
    ]
    departments = ["Finance", "Information Technology", "Operations", "Legal", "Procurement", "Sales"]
    rows: list[list[str]] = []
    for i in range(n):
        name = (f"{first[i % 10]} {last[(i // 10) % 10]}-{i}").split(" ", 1)
        manager = "" if i == 0 else ("0" if i <= 10 else str((i - 11) // 8 + 1))
        boss = (
            "" if not manager else f"{first[int(manager) % 10]} {last[(int(manager) // 10) % 10]}-{manager}"
        )
        email = "" if i % 7 == 3 else f"person{i}@skagerrak.example"
        title = "Chief Executive Officer" if i == 0 else f"Manager {i}"
        rows.append([f"003SK{i:08d}", name[0], name[1], title, email, account, boss, departments[i % 6]])
    return rows


def write_csv(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")  # as Salesforce and Excel write it
    return path


def write_xlsx(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
