"""
The synonyms the site ships with: terms educators in Leeds use for the same
thing. Editors change them under Snippets > Synonyms.
"""

SYNONYMS = [
    (
        "SEND, special educational needs, special educational needs and disabilities",
        "Used across the SEND and inclusion networks.",
    ),
    ("NEET, not in education employment or training", "Careers and post-16 work."),
    (
        "CEIAG, careers education information advice and guidance, careers",
        "The careers network's usual shorthand.",
    ),
    ("FE, further education", "Colleges and post-16 providers."),
    ("HE, higher education", "Universities and their widening participation teams."),
    ("EYFS, early years foundation stage, early years", "Nursery and reception."),
    (
        "anti-racism, anti-racist, race equity, racial equity",
        "The equity network's work and the Race Equity Leadership Toolkit.",
    ),
    (
        "CPD, continuing professional development, professional development",
        "Training for staff.",
    ),
    ("AI, artificial intelligence", "Digital pathways."),
    (
        "ITT, initial teacher training, teacher training",
        "Routes into teaching with the universities.",
    ),
]
