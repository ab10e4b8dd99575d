#!/usr/bin/env python3
"""Writes legacy-complaints.csv: 1,000 corporate complaints as an old CRM exported them,
for the county council pack (demo-county) and the import tests. Deterministic (a fixed
seed; run it again and the file is the same). Realistic mess on purpose: four date
formats, some with a time; blank outcomes on closed cases; directorate names from before
a restructure; mixed-case statuses; and, at fixed rows, broken records whose problems the
import's dry run must list (see BROKEN below and ImportIntegrationTests).

    python3 generate-legacy-complaints.py > legacy-complaints.csv
"""
import csv
import datetime
import random
import sys

ROWS = 1000
rng = random.Random(18)

# old directorate or section name as the CRM recorded it -> (form service, still a name or code Candour knows?)
DEPARTMENTS = [
    ("Highways", "highways"),
    ("Environment & Transport", "highways"),            # retired directorate name
    ("Transport and Travel", "transport"),
    ("Waste Disposal and Recycling Centres", "waste-services"),
    ("Environment Services", "environment-planning"),   # retired directorate name
    ("trading-standards", "trading-standards"),          # a unit's code
    ("Libraries, Registration and Archives", "libraries-registration"),
    ("Community Services", "communities"),               # retired directorate name
    ("Resources Directorate", "finance-services"),       # retired directorate name
    ("Customer Services", "customer-services"),
    ("Education and Inclusion", "education-inclusion"),
]
SUBJECTS = {
    "highways": ["Pothole on my road not repaired", "Street light out for weeks", "Gully blocked again"],
    "transport": ["Bus pass renewal delayed", "Parking fine issued in error"],
    "waste-services": ["Turned away from the recycling centre", "Booking system would not let me book"],
    "environment-planning": ["Footpath blocked by fallen tree", "Flooding reported but no action"],
    "trading-standards": ["No reply about a rogue trader"],
    "libraries-registration": ["Birth certificate sent to the wrong address", "Library closed without notice"],
    "communities": ["Blue Badge application lost"],
    "finance-services": ["Invoice already paid chased by debt recovery"],
    "customer-services": ["Kept on hold for an hour", "Nobody called me back"],
    "education-inclusion": ["Home to school transport did not turn up", "EHCP review late"],
}
FIRST = ["Alex", "Sam", "Priya", "Tom", "Aisha", "Gareth", "Mary", "Chen", "Olu", "Fiona", "Dev", "Niamh"]
LAST = ["Smith", "Jones", "Patel", "Williams", "Khan", "Evans", "Brown", "Taylor", "Ahmed", "Murphy"]
OFFICERS = ["officer@demo-county", "manager@demo-county", "j.harris", "k.obi"]
OUTCOMES = ["Upheld", "Partially Upheld", "Not Upheld", "Resolved at first contact"]
FIRST_DAY = datetime.date(2024, 6, 3)
LAST_DAY = datetime.date(2026, 10, 30)
EXPORTED = datetime.date(2026, 11, 27)  # the day of the export: nothing happened after it


def working_days_after(day, n):
    while n > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def written(day, style, hour=None):
    """A date as the CRM wrote it: its format depended on the screen that saved it."""
    if style == 0:
        text = day.strftime("%d/%m/%Y")
    elif style == 1:
        text = day.isoformat()
    elif style == 2:
        text = f"{day.day} {day.strftime('%b')} {day.year}"
    else:
        text = day.strftime("%d/%m/%Y") + f" {hour:02d}:{rng.choice([0, 15, 30, 45]):02d}"
    return text


def row(n):
    ref = f"CRM-{20000 + n * 7}"
    dept, service = DEPARTMENTS[rng.randrange(len(DEPARTMENTS))]
    span = (LAST_DAY - FIRST_DAY).days
    received = FIRST_DAY + datetime.timedelta(days=rng.randrange(span))
    if received.weekday() >= 5:
        received = working_days_after(received, 1)
    if service == "highways" and received < datetime.date(2025, 4, 1) and rng.random() < 0.3:
        dept = "Highways North Area"                    # a team merged away in April 2025
    style = rng.choice([0, 0, 0, 1, 1, 2, 3])
    age = (LAST_DAY - received).days
    # older complaints are mostly finished; recent ones still open
    stage = rng.choices(["New", "Open", "Responded", "Closed"],
                        weights=[1, 3, 2, 20] if age > 90 else [3, 5, 2, 2])[0]
    ack = working_days_after(received, rng.choice([1, 2, 3, 4, 6]))
    respond = working_days_after(ack, rng.choice([5, 7, 8, 9, 10, 12, 15]))
    close = working_days_after(respond, rng.choice([0, 1, 5]))
    if stage == "Closed" and close > EXPORTED:
        stage = "Responded"
    if stage == "Responded" and respond > EXPORTED:
        stage = "Open"
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    email = name.lower().replace(" ", ".") + "@example.org" if rng.random() < 0.7 else ""
    phone = f"01632 {rng.randrange(100000, 999999)}" if rng.random() < 0.5 else ""
    subject = rng.choice(SUBJECTS[service])
    details = f"{subject}. I first reported this on {written(received, 2)}, \"nothing has happened\" since."
    status = {"New": "New", "Open": rng.choice(["Open", "OPEN", "With service"]), "Responded": "Responded",
              "Closed": rng.choice(["Closed", "Closed", "closed", "Complete"])}[stage]
    outcome = ""
    if stage in ("Responded", "Closed") and rng.random() < 0.9:
        outcome = rng.choice(OUTCOMES)                  # about 1 in 10 left blank
    hour = rng.randrange(8, 18)
    return {
        "Case ID": ref,
        "Date Received": written(received, style, hour),
        "Complainant": name,
        "Email": email,
        "Telephone": phone,
        "Directorate": dept,
        "Service": service,
        "Subject": subject,
        "Complaint Details": details,
        "Status": status,
        "Officer": rng.choice(OFFICERS) if stage != "New" else "",
        "Date Acknowledged": written(ack, style, hour) if stage != "New" else "",
        "Date Responded": written(respond, style, hour) if stage in ("Responded", "Closed") else "",
        "Date Closed": written(close, style, hour) if stage == "Closed" else "",
        "Outcome": outcome,
    }


# rows (1-based data rows; the file row is one more) broken on purpose, and how
BROKEN = {
    41: ("Date Received", "31/02/2025"),                # no such day
    87: ("Date Acknowledged", "03/04/25"),              # two-digit year: ambiguous
    150: ("Subject", ""),                               # the form requires a summary
    233: ("Directorate", "Department of Silly Walks"),  # no such unit, not in the mapping's table
    318: ("Status", "Pending Review"),                  # a status the mapping does not know
    402: ("Outcome", "Sort of upheld"),                 # an outcome the mapping does not know
    517: ("Email", "not-an-email"),                     # the form wants an email address
    644: ("Date Received", ""),                         # no receipt date
    777: ("Case ID", "CRM-20007"),                      # the same key as the first row: skipped
}


def main():
    rows = [row(n) for n in range(1, ROWS + 1)]
    for n, (column, value) in BROKEN.items():
        rows[n - 1][column] = value
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0].keys()), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)


if __name__ == "__main__":
    main()
