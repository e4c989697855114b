"""The contact page and enquiry settings the site ships with, in our own words."""

CONTACT_PAGE = {
    "title": "Contact our networks",
    "slug": "contact",
    "search_description": (
        "Ask to join one of the Leeds Learning Alliance's networks, or send a "
        "question to the people who lead them."
    ),
    "intro": (
        "<p>Would you like to join one of our networks, or find out more about "
        "what one does? Tell us below. Your message goes straight to the lead "
        "of each network you choose, and they will reply to you by email.</p>"
        "<p>Networks are open to staff in schools, colleges, universities and "
        "other organisations across Leeds, whatever their role.</p>"
    ),
    "thank_you": (
        "<p>We have sent your message to the lead of each network you chose, and "
        "emailed you a copy so you have a record of it.</p>"
        "<ul>"
        "<li>A lead will usually reply within two weeks, though it can take "
        "longer in the school holidays.</li>"
        "<li>If you asked to join, they will tell you when the network next "
        "meets and how to take part.</li>"
        "</ul>"
    ),
    "privacy_path": "/privacy/",
}

# Where enquiries go when a network has no lead address, and where alerts go.
ALLIANCE_INBOX = "networks@example.org"
RETENTION_MONTHS = 24
