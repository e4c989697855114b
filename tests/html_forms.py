"""
A form as a browser would send it: its own fields with their default values
(hidden fields, ticked boxes, the chosen option, the CSRF token), with the
changes a person makes. Used with Django's test client and by the fault
suite's HTTP browser.

    action, fields = form_fields(html, "q", page_path="/resources/")
    client.get(action, dict_of_lists(fields, {"q": "race equity"}))
"""

from urllib.parse import urljoin

from bs4 import BeautifulSoup


def form_fields(html, field, page_path="/"):
    """(action, [(name, value)]) of the form in `html` with a control `field`."""
    soup = BeautifulSoup(html, "html.parser")
    control = soup.find(attrs={"name": field})
    assert control is not None, f"no field {field!r} on {page_path}"
    form = control.find_parent("form")
    fields = []
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        kind = (element.get("type") or "text").lower()
        if not name or kind in ("submit", "button", "image", "file"):
            continue
        if kind in ("checkbox", "radio"):
            if element.has_attr("checked"):
                fields.append((name, element.get("value", "on")))
        elif element.name == "textarea":
            fields.append((name, element.text))
        elif element.name == "select":
            chosen = element.find("option", selected=True) or element.find("option")
            if chosen is not None:
                fields.append((name, chosen.get("value", chosen.text)))
        else:
            fields.append((name, element.get("value", "")))
    return urljoin(page_path, form.get("action") or page_path), fields


def filled_in(fields, changes):
    """`fields` with `changes` made: a list value ticks several boxes of a name."""
    kept = [(name, value) for name, value in fields if name not in changes]
    for name, value in changes.items():
        for one in value if isinstance(value, list) else [value]:
            kept.append((name, one))
    return kept


def as_query(fields):
    """[(name, value)] as the test client's {name: [values]}."""
    data = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    return data
