"""Draws the site icon: static/img/icon.svg and static/root/favicon.ico.

The icon is a spine of four vertebrae in a gentle S-curve, white on the site's
accent green. Both files come from the shapes below, so they always match; run
`.venv/bin/python scripts/make_favicon.py` after changing them and commit both.
The .ico is for browsers and tools that ask for /favicon.ico without reading
the page (WhiteNoise serves static/root/ at the site root).
"""

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SVG_PATH = ROOT / "static" / "img" / "icon.svg"
ICO_PATH = ROOT / "static" / "root" / "favicon.ico"

GRID = 32  # the drawing is on a 32 × 32 grid
ACCENT = "#1f5f4a"  # --accent in static/css/site.css; white on it is 7.5:1
BONE = "#ffffff"
BACKGROUND = (16, 16, 32, 32, 7, 0)
# (centre x, centre y, width, height, corner radius, clockwise tilt in degrees),
# top to bottom: each vertebra square to the curve of the spine, the lower ones
# wider because they carry more weight.
VERTEBRAE = [
    (18.5, 6, 10, 5, 2, 14),
    (15, 12.5, 11.5, 5, 2, 5),
    (14.5, 19.25, 13, 5.5, 2, -5),
    (17.5, 26, 14, 5.5, 2, -14),
]
ICO_SIZES = (16, 32, 48)
MASTER = 512  # drawn large, then scaled down smoothly for each size


def shapes() -> list[tuple[tuple, str]]:
    return [(BACKGROUND, ACCENT)] + [(v, BONE) for v in VERTEBRAE]


def svg() -> str:
    parts = []
    for (cx, cy, w, h, r, tilt), fill in shapes():
        rotate = f' transform="rotate({tilt:g} {cx:g} {cy:g})"' if tilt else ""
        parts.append(
            f'<rect x="{cx - w / 2:g}" y="{cy - h / 2:g}" width="{w:g}" '
            f'height="{h:g}" rx="{r:g}" fill="{fill}"{rotate}/>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}">'
        + "".join(parts)
        + "</svg>\n"
    )


def raster(size: int) -> Image.Image:
    scale = MASTER / GRID
    image = Image.new("RGBA", (MASTER, MASTER), (0, 0, 0, 0))
    for (cx, cy, w, h, r, tilt), fill in shapes():
        layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
        box = [(cx - w / 2) * scale, (cy - h / 2) * scale]
        box += [(cx + w / 2) * scale - 1, (cy + h / 2) * scale - 1]
        ImageDraw.Draw(layer).rounded_rectangle(box, radius=r * scale, fill=fill)
        # Pillow turns counter-clockwise, SVG clockwise.
        layer = layer.rotate(
            -tilt, resample=Image.Resampling.BICUBIC, center=(cx * scale, cy * scale)
        )
        image.alpha_composite(layer)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    SVG_PATH.parent.mkdir(parents=True, exist_ok=True)
    SVG_PATH.write_text(svg())
    ICO_PATH.parent.mkdir(parents=True, exist_ok=True)
    images = [raster(size) for size in ICO_SIZES]
    images[-1].save(
        ICO_PATH,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=images[:-1],
    )
    print(f"Wrote {SVG_PATH.relative_to(ROOT)} and {ICO_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
