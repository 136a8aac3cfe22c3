"""Stakeholders from the spreadsheets and CRM exports account teams already have.

`reading` turns a CSV or XLSX file into a table of text cells (any common encoding);
`mapping` guesses which column holds which field and checks a mapping; `planning` compares
the rows with the people already at the account and says, row by row, what would happen and
what is wrong — before anything is written (storage.people_import writes a plan, all or nothing).
"""
