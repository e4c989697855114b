"""
A small text PDF writer for the handouts the content loader ships.

Real text (the standard Helvetica font, WinAnsi encoding), so the PDFs are
selectable, searchable and readable by screen readers, unlike an image saved
as PDF. Enough for a title and paragraphs on A4; not a layout engine.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
BODY_SIZE, TITLE_SIZE, LEADING = 11, 18, 15
CHARS_PER_LINE = 88  # Helvetica 11pt across A4 less margins, roughly

# Characters outside WinAnsi are written as their nearest plain equivalents.
REPLACEMENTS = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}


def _escape(text):
    for old, new in REPLACEMENTS.items():
        text = text.replace(old, new)
    text = text.encode("cp1252", errors="replace").decode("cp1252")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _lines(title, paragraphs):
    """(size, text) for every line, with blank lines between paragraphs."""
    yield TITLE_SIZE, title
    yield BODY_SIZE, ""
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, CHARS_PER_LINE) or [""]:
            yield BODY_SIZE, line
        yield BODY_SIZE, ""


def _pages(title, paragraphs):
    per_page = (PAGE_HEIGHT - 2 * MARGIN) // LEADING
    lines = list(_lines(title, paragraphs))
    return [lines[i : i + per_page] for i in range(0, len(lines), per_page)]


def _stream(lines):
    commands = ["BT", f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td", f"{LEADING} TL"]
    for size, text in lines:
        commands.append(f"/F1 {size} Tf ({_escape(text)}) Tj T*")
    commands.append("ET")
    return "\n".join(commands).encode("cp1252")


def text_pdf(title, paragraphs):
    """A PDF document, as bytes, with the title and paragraphs in order."""
    pages = _pages(title, paragraphs)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) >>",
        None,  # the page tree, once the page numbers are known
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        f"<< /Title ({_escape(title)}) /Producer (Leeds Learning Alliance) >>".encode(
            "cp1252"
        ),
    ]
    page_numbers = []
    for page in pages:
        stream = _stream(page)
        objects.append(
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        )
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} "
                f"{PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> "
                f"/Contents {len(objects)} 0 R >>"
            ).encode()
        )
        page_numbers.append(len(objects))
    kids = " ".join(f"{number} 0 R" for number in page_numbers)
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (
        b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return bytes(out)
