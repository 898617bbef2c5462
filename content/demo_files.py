"""Files for the demo library, generated offline by the project's own code: PDFs with
Vietnamese text (fpdf2), cover images (Pillow), a short captioned video (the ffmpeg binary
that the imageio-ffmpeg wheel ships) and WebVTT captions.

Fonts: a Unicode TrueType font with Vietnamese glyphs is looked for on the machine
(DejaVu, Noto, Liberation); without one the text is written without diacritics rather
than failing, and a warning says so.
"""

import functools
import io
import logging
import os
import subprocess
import tempfile
import unicodedata
from pathlib import Path

logger = logging.getLogger(__name__)

FONT_CANDIDATES = [
    os.environ.get("DEMO_FONT", ""),
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
]
BOLD_SUFFIXES = {"DejaVuSans.ttf": "DejaVuSans-Bold.ttf"}


@functools.cache
def unicode_font() -> Path | None:
    """A TrueType font that has Vietnamese glyphs, or ``None``."""
    for candidate in FONT_CANDIDATES:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    logger.warning("No Unicode font found: demo files are written without diacritics")
    return None


def fold(text: str) -> str:
    """Vietnamese without diacritics, for when no Unicode font is available."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return (
        "".join(c for c in decomposed if not unicodedata.combining(c))
        .encode("latin-1", "replace")
        .decode("latin-1")
    )


def make_pdf(title: str, agency: str, paragraphs: list[str], pages: int = 1) -> bytes:
    """An A4 PDF with a title, the agency, the paragraphs and a hotline footer."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_title(title)
    pdf.set_author(agency)
    font = unicode_font()
    if font is not None:
        pdf.add_font("portal", "", str(font))
        bold = font.with_name(BOLD_SUFFIXES.get(font.name, font.name))
        pdf.add_font("portal", "B", str(bold if bold.is_file() else font))
        family, text = "portal", (lambda s: s)
    else:
        family, text = "helvetica", fold
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font(family, "B", 20)
        pdf.multi_cell(0, 10, text(title))
        pdf.ln(2)
        pdf.set_font(family, "", 11)
        pdf.multi_cell(0, 6, text(agency))
        pdf.ln(6)
        pdf.set_font(family, "", 12)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 7, text(paragraph))
            pdf.ln(3)
        pdf.set_y(-30)
        pdf.set_font(family, "B", 12)
        pdf.multi_cell(
            0,
            7,
            text(f"Đường dây nóng 111 — miễn phí, 24/7 · Trang {number}/{pages}"),
        )
    return bytes(pdf.output())


def make_cover(title: str, subtitle: str, colour: str, size=(800, 500)) -> bytes:
    """A PNG cover: a coloured field with the title in white."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    font_path = unicode_font()
    if font_path is not None:
        big = ImageFont.truetype(str(font_path), 44)
        small = ImageFont.truetype(str(font_path), 24)
        write = str
    else:
        big = small = ImageFont.load_default()
        write = fold
    y = 60
    for line in _wrap(write(title), 26):
        draw.text((50, y), line, fill="white", font=big)
        y += 56
    draw.text((50, size[1] - 80), write(subtitle), fill="white", font=small)
    draw.rectangle([0, size[1] - 24, size[0], size[1]], fill="#ffbf47")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line][:5]


def ffmpeg_path() -> str | None:
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError):
        logger.warning("No ffmpeg binary: the demo video pages use captions only")
        return None


def make_video(colour: str = "0x0b4f8a", seconds: int = 6) -> bytes | None:
    """A tiny WebM clip (VP8 and Vorbis, 320×180, a few seconds, ~20 kB), or ``None``."""
    ffmpeg = ffmpeg_path()
    if ffmpeg is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "clip.webm"
        command = [
            ffmpeg,
            "-y",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"color=c={colour}:s=320x180:d={seconds}:r=10",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency=440:duration={seconds}",
            "-c:v",
            "libvpx",
            "-b:v",
            "60k",
            "-c:a",
            "libvorbis",
            "-shortest",
            str(target),
        ]
        try:
            subprocess.run(command, check=True, timeout=60, capture_output=True)  # noqa: S603 - fixed arguments, our own binary
        except (OSError, subprocess.SubprocessError):
            logger.warning("ffmpeg could not make the demo video")
            return None
        return target.read_bytes()


def make_vtt(cues: list[str], seconds_each: int = 2) -> bytes:
    """WebVTT captions, one cue after another."""
    lines = ["WEBVTT", ""]
    for index, cue in enumerate(cues):
        start, end = index * seconds_each, (index + 1) * seconds_each
        lines += [
            str(index + 1),
            f"00:00:{start:02d}.000 --> 00:00:{end:02d}.000",
            cue,
            "",
        ]
    return "\n".join(lines).encode("utf-8")
