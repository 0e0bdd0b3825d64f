//! The picture a link to a page previews with: a 1200 by 630 PNG card, drawn
//! at build time from SVG with the fonts in `assets/fonts/` (never a
//! machine's own, so every build draws the same cards), in the site's
//! colours. Text is wrapped between words and made smaller until it fits;
//! no word is ever cut.

use anyhow::{Context, Result};
use resvg::{tiny_skia, usvg};

/// The card's size, as Open Graph's `og:image:width` and `og:image:height`.
pub const WIDTH: u32 = 1200;
/// See [`WIDTH`].
pub const HEIGHT: u32 = 630;

/// DejaVu Sans (its licence is `assets/fonts/DejaVu-LICENSE.txt`).
const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The site's colours (`styles/variables.css`, light theme).
pub const PAGE: &str = "#fdfcf9";
const TEXT: &str = "#1d1f23";
const MUTED: &str = "#545962";
const ACCENT: &str = "#1f4f8a";
const ESSAY_RULE: &str = "#8a6a12";

/// Where the text stands: its left edge and its width.
const LEFT: f32 = 80.0;
const MEASURE: f32 = 1040.0;

/// What one card says: the site's name, then a line on where the page
/// stands, its title and a sentence or two.
#[derive(Debug)]
pub struct Card<'a> {
    /// Where the page stands ("Step 3 of 10 · Reason 1 of 5" and the
    /// direction), or empty.
    pub kicker: &'a str,
    /// The page's title.
    pub title: &'a str,
    /// What the page says, in a sentence or two.
    pub text: &'a str,
}

/// Draws cards, with the fonts loaded once.
pub struct Painter {
    options: usvg::Options<'static>,
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

/// How wide a text is set in a face at a size, in pixels.
fn width(face: &ttf_parser::Face<'_>, text: &str, size: f32) -> f32 {
    let units: f32 = text
        .chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|glyph| face.glyph_hor_advance(glyph))
                .map_or(f32::from(face.units_per_em()) / 2.0, f32::from)
        })
        .sum();
    units * size / f32::from(face.units_per_em())
}

/// The text broken into lines between words, each at most `measure` wide
/// (a single word wider than that stands alone on its line, whole).
fn wrap(face: &ttf_parser::Face<'_>, text: &str, size: f32, measure: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if width(face, &format!("{line} {word}"), size) <= measure => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The largest of `sizes` at which the text fits in `most` lines; at the
/// smallest, the lines that fit, the last ending in an ellipsis after a
/// whole word.
fn fit(face: &ttf_parser::Face<'_>, text: &str, sizes: &[f32], most: usize) -> (f32, Vec<String>) {
    let smallest = sizes.last().copied().unwrap_or(24.0);
    for &size in sizes {
        let lines = wrap(face, text, size, MEASURE);
        if lines.len() <= most {
            return (size, lines);
        }
    }
    let mut lines = wrap(face, text, smallest, MEASURE - width(face, " …", smallest));
    lines.truncate(most);
    if let Some(last) = lines.last_mut() {
        last.push_str(" …");
    }
    (smallest, lines)
}

/// Text made safe inside SVG.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Lines of text as SVG, the first baseline at `top`; returns the SVG and
/// where the last line's box ends.
fn lines_svg(lines: &[String], size: f32, top: f32, weight: &str, fill: &str) -> (String, f32) {
    let leading = size * 1.25;
    let svg = lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            format!(
                r#"<text x="{LEFT}" y="{}" font-size="{size}" font-weight="{weight}" fill="{fill}">{}</text>"#,
                top + leading * index as f32,
                escape(line)
            )
        })
        .collect();
    (
        svg,
        top + leading * (lines.len().max(1) - 1) as f32 + size * 0.35,
    )
}

impl Painter {
    /// A painter with the card's fonts.
    pub fn new() -> Result<Painter> {
        let mut options = usvg::Options {
            font_family: "DejaVu Sans".to_owned(),
            ..usvg::Options::default()
        };
        options.fontdb_mut().load_font_data(REGULAR.to_vec());
        options.fontdb_mut().load_font_data(BOLD.to_vec());
        Ok(Painter {
            options,
            regular: ttf_parser::Face::parse(REGULAR, 0).context("reading DejaVu Sans")?,
            bold: ttf_parser::Face::parse(BOLD, 0).context("reading DejaVu Sans Bold")?,
        })
    }

    /// The card as SVG.
    pub fn svg(&self, card: &Card<'_>, site: &str) -> String {
        let (title_size, title) = fit(&self.bold, card.title, &[68.0, 60.0, 52.0, 46.0], 3);
        let title_top = if card.kicker.is_empty() { 190.0 } else { 262.0 };
        let (title_svg, title_end) = lines_svg(&title, title_size, title_top, "bold", TEXT);
        // The text takes what room the title leaves above the rule at the foot.
        let text_top = title_end + 70.0;
        let room = (560.0 - text_top).max(0.0);
        let sizes = [36.0, 32.0, 29.0, 26.0];
        let most = |size: f32| ((room / (size * 1.25)).floor() as usize + 1).max(1);
        let (text_size, text) = sizes
            .iter()
            .map(|&size| (size, wrap(&self.regular, card.text, size, MEASURE)))
            .find(|(size, lines)| lines.len() <= most(*size))
            .unwrap_or_else(|| fit(&self.regular, card.text, &[26.0], most(26.0)));
        let (text_svg, _) = lines_svg(&text, text_size, text_top, "normal", MUTED);
        let kicker = if card.kicker.is_empty() {
            String::new()
        } else {
            format!(
                r#"<text x="{LEFT}" y="170" font-size="30" font-weight="bold" fill="{ACCENT}">{}</text>"#,
                escape(card.kicker)
            )
        };
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="DejaVu Sans">
<rect width="{WIDTH}" height="{HEIGHT}" fill="{PAGE}"/>
<rect width="24" height="{HEIGHT}" fill="{ACCENT}"/>
<text x="{LEFT}" y="96" font-size="32" font-weight="bold" fill="{MUTED}">{}</text>
{kicker}{title_svg}{text_svg}
<rect x="{LEFT}" y="588" width="{MEASURE}" height="6" fill="{ESSAY_RULE}"/>
</svg>"#,
            escape(site)
        )
    }

    /// The card as a PNG.
    pub fn png(&self, card: &Card<'_>, site: &str) -> Result<Vec<u8>> {
        let tree =
            usvg::Tree::from_str(&self.svg(card, site), &self.options).context("drawing a card")?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).context("a card's canvas")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap.encode_png().context("encoding a card")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn painter() -> Painter {
        Painter::new().unwrap()
    }

    #[test]
    fn text_wraps_between_words_within_the_measure() {
        let painter = painter();
        let text = "The essay says that even at the height of the Cold War, the United States and \
                    the Soviet Union maintained diplomatic relations.";
        let lines = wrap(&painter.regular, text, 36.0, MEASURE);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text, "no word is cut or lost");
        for line in &lines {
            assert!(width(&painter.regular, line, 36.0) <= MEASURE, "{line}");
        }
    }

    #[test]
    fn text_too_long_for_the_room_ends_after_a_whole_word() {
        let painter = painter();
        let text = "word ".repeat(200);
        let (size, lines) = fit(&painter.regular, &text, &[40.0, 30.0], 2);
        assert_eq!((size, lines.len()), (30.0, 2));
        assert!(lines[1].ends_with("word …"), "{}", lines[1]);
    }

    #[test]
    fn a_card_is_a_small_png_of_the_stated_size() {
        let card = Card {
            kicker: "The kicker above the title",
            title: "A title of a few words",
            text: "The essay says that even at the height of the Cold War, the United States and the \
                   Soviet Union maintained diplomatic relations, and that the Cuban Missile Crisis \
                   was defused through back-channel diplomacy and direct communication between leaders.",
        };
        let png = painter().png(&card, "Russia & the West").unwrap();
        assert_eq!(&png[1..4], b"PNG");
        let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        assert_eq!((size(16), size(20)), (WIDTH, HEIGHT));
        assert!(png.len() < 100_000, "{} bytes", png.len());
        assert!(
            painter()
                .svg(&card, "Russia & the West")
                .contains("Russia &amp; the West")
        );
    }
}
