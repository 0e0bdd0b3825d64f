//! A link drawn as a QR code, so a class can open it from the board or a
//! handout: one SVG path of the dark modules on a light square, in fixed
//! black on white whatever the theme, since scanners need the contrast.

use qrcodegen::{QrCode as Code, QrCodeEcc};
use yew::prelude::*;

/// The light margin around the code, in modules, that scanners need to find
/// its edges (the QR specification asks for four).
const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: its width in modules, the quiet zone included,
/// and its dark modules as SVG path data.
#[derive(Debug, PartialEq, Eq)]
struct Drawing {
    width: i32,
    path: String,
}

/// The SVG path data of a square grid's dark modules, `size` modules wide,
/// shifted right and down by the quiet zone: each run of dark modules along
/// a row is one rectangle (`M5,4h3v1h-3z`), which keeps the path short.
fn dark_modules_path(size: i32, is_dark: impl Fn(i32, i32) -> bool) -> String {
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if is_dark(x, y) {
                let end = (x..size).find(|&end| !is_dark(end, y)).unwrap_or(size);
                let run = end - x;
                path.push_str(&format!(
                    "M{},{}h{run}v1h-{run}z",
                    x + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
                x = end;
            } else {
                x += 1;
            }
        }
    }
    path
}

/// The text as a QR code, or `None` if it is too long for any QR code: at
/// the medium level of error correction (a code still reads with some of
/// it smudged or covered) where it may be printed, and at the low level
/// (which holds a third more in a code of one size) where it is only ever
/// shown on a screen, which nothing smudges.
fn draw(text: &str, screen_only: bool) -> Option<Drawing> {
    let correction = if screen_only {
        QrCodeEcc::Low
    } else {
        QrCodeEcc::Medium
    };
    let code = Code::encode_text(text, correction).ok()?;
    let size = code.size();
    Some(Drawing {
        width: size + 2 * QUIET_ZONE,
        path: dark_modules_path(size, |x, y| code.get_module(x, y)),
    })
}

/// Props for [`QrCode`].
#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// The text the code holds: a link.
    pub text: AttrValue,
    /// What the code is, for a screen reader ("QR code of the assignment link").
    pub label: AttrValue,
    /// Whether the code is only ever shown on a screen, never printed: a
    /// student's response, held up to the teacher's camera.
    #[prop_or_default]
    pub screen_only: bool,
}

/// A QR code of a text, or a short message where the text is too long for one.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let drawing = use_memo(
        (props.text.clone(), props.screen_only),
        |(text, screen_only)| draw(text, *screen_only),
    );
    match &*drawing {
        Some(Drawing { width, path }) => {
            let width = width.to_string();
            html! {
                // Presentation attributes, not styles: the policy forbids
                // inline styles, and no stylesheet rule sets these colours, so
                // the dark theme leaves them as they are.
                <svg class="qr" role="img" aria-label={props.label.clone()} viewBox={format!("0 0 {width} {width}")} shape-rendering="crispEdges">
                    <rect width={width.clone()} height={width} fill="#ffffff" />
                    <path d={path.clone()} fill="#000000" />
                </svg>
            }
        }
        None => html! {
            <p class="qr-message">{ "This link is too long to draw as a QR code: share the link itself." }</p>
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A grid from rows of `#` (dark) and `.` (light).
    fn path_of(rows: &[&str]) -> String {
        let size = i32::try_from(rows.len()).unwrap();
        dark_modules_path(size, |x, y| {
            rows[usize::try_from(y).unwrap()].as_bytes()[usize::try_from(x).unwrap()] == b'#'
        })
    }

    #[test]
    fn each_run_of_dark_modules_is_one_rectangle_inside_the_quiet_zone() {
        assert_eq!(path_of(&["...", "...", "..."]), "");
        assert_eq!(path_of(&["#..", "...", "..."]), "M4,4h1v1h-1z");
        assert_eq!(
            path_of(&["##.", ".##", "#.#"]),
            "M4,4h2v1h-2zM5,5h2v1h-2zM4,6h1v1h-1zM6,6h1v1h-1z"
        );
        assert_eq!(path_of(&["###", "...", "###"]), "M4,4h3v1h-3zM4,6h3v1h-3z");
    }

    #[test]
    fn a_link_is_drawn_with_its_quiet_zone_and_too_long_a_text_is_not() {
        let drawing = draw(
            "https://example.org/step/question/#a=1&from=question&to=unless",
            false,
        )
        .expect("a link fits in a QR code");
        let code = Code::encode_text(
            "https://example.org/step/question/#a=1&from=question&to=unless",
            QrCodeEcc::Medium,
        )
        .unwrap();
        assert_eq!(drawing.width, code.size() + 8);
        // The finder pattern in the top left corner starts with a run of seven.
        assert!(drawing.path.starts_with("M4,4h7v1h-7z"));
        assert_eq!(draw(&"x".repeat(3_000), false), None);
        // On a screen only, a code of one size holds more.
        let text = "x".repeat(1_000);
        let (printed, on_screen) = (draw(&text, false).unwrap(), draw(&text, true).unwrap());
        assert!(on_screen.width < printed.width);
    }
}
