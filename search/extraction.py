"""Text out of document files: PDF (pypdf), DOCX (its XML, read with the standard
library) and plain text. Any failure is reported, never raised, so one bad file cannot
stop indexing."""

import io
import logging
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

logger = logging.getLogger(__name__)

# Enough for search and snippets; a 500-page handbook does not need every word twice.
MAX_CHARS = 200_000
MAX_BYTES = 50 * 1024 * 1024
SUPPORTED = {"pdf", "docx", "txt"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class Extraction:
    """The outcome for one file: its text, or why there is none."""

    text: str = ""
    supported: bool = True
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.supported and not self.problem


class UnreadableFile(Exception):
    """The file is damaged, encrypted or not what its extension says."""


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableFile("encrypted PDF")
        parts, total = [], 0
        for page in reader.pages:
            text = page.extract_text() or ""
            parts.append(text)
            total += len(text)
            if total > MAX_CHARS:
                break
        return "\n".join(parts)
    except PdfReadError as error:
        raise UnreadableFile(f"PDF: {type(error).__name__}") from error


def _docx(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError) as error:
        raise UnreadableFile(f"DOCX: {type(error).__name__}") from error
    try:
        # The XML comes from inside the archive we just opened, produced by a word
        # processor; ElementTree does not resolve external entities.
        root = ElementTree.fromstring(xml)  # noqa: S314
    except ElementTree.ParseError as error:
        raise UnreadableFile("DOCX: invalid XML") from error
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        paragraphs.append("".join(t.text or "" for t in paragraph.iter(f"{_W}t")))
    return "\n".join(p for p in paragraphs if p)


def _txt(data: bytes) -> str:
    for encoding in ("utf-8", "utf-16", "cp1258"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("text: unknown encoding")


def extract(data: bytes, file_type: str) -> Extraction:
    """The text of a file's bytes, by its type (extension without the dot)."""
    file_type = (file_type or "").lower()
    if file_type not in SUPPORTED:
        return Extraction(supported=False)
    if len(data) > MAX_BYTES:
        return Extraction(problem="file too large to extract")
    reader = {"pdf": _pdf, "docx": _docx, "txt": _txt}[file_type]
    try:
        text = reader(data)
    except UnreadableFile as error:
        return Extraction(problem=str(error))
    except Exception as error:  # noqa: BLE001 - a parser bug must not stop indexing
        logger.warning("Text extraction failed: %s", type(error).__name__)
        return Extraction(problem=f"{file_type.upper()}: {type(error).__name__}")
    text = " ".join(text.split())[:MAX_CHARS]
    return Extraction(text=text)
