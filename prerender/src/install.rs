//! What lets a reader add the explainer to a home screen: the web app
//! manifest, and its icons, drawn here from `assets/favicon.svg` so that
//! they never drift from it.

use anyhow::{Context, Result};
use resvg::{tiny_skia, usvg};
use serde_json::json;

use diplomacy_explainer::route::site_name;
use model::site::Site;

use crate::card::PAGE;

/// The manifest's file, relative to the site's root (`index.html` links it).
pub const MANIFEST: &str = "manifest.webmanifest";

const FAVICON: &[u8] = include_bytes!("../../assets/favicon.svg");

/// How much of a maskable icon's width the favicon takes, centred: a mask
/// may crop everything outside the middle 80% circle.
const MASKABLE_SCALE: f32 = 0.8;

/// One icon: its file, its width and height, and whether a mask may crop it.
#[derive(Debug, Clone, Copy)]
pub struct Icon {
    /// Relative to the site's root.
    pub file: &'static str,
    pub size: u32,
    /// Drawn edge to edge, the favicon in the safe middle.
    pub maskable: bool,
}

/// The manifest's icons, then the one iOS asks for by `apple-touch-icon`
/// (edge to edge, since iOS rounds its corners itself).
pub const ICONS: [Icon; 4] = [
    Icon {
        file: "icons/icon-192.png",
        size: 192,
        maskable: false,
    },
    Icon {
        file: "icons/icon-512.png",
        size: 512,
        maskable: false,
    },
    Icon {
        file: "icons/maskable-512.png",
        size: 512,
        maskable: true,
    },
    Icon {
        file: "icons/apple-touch-icon.png",
        size: 180,
        maskable: true,
    },
];

/// The manifest's icons: all but the last, iOS's.
fn manifest_icons() -> &'static [Icon] {
    &ICONS[..ICONS.len() - 1]
}

/// The favicon drawn `size` pixels square, as a PNG. A maskable icon is
/// filled with the favicon's own edge colour and the favicon set in its
/// middle, so a mask crops nothing but that colour.
pub fn icon_png(icon: &Icon) -> Result<Vec<u8>> {
    let tree = usvg::Tree::from_data(FAVICON, &usvg::Options::default())
        .context("reading assets/favicon.svg")?;
    let side = tree.size().width().max(tree.size().height());
    let size = icon.size;
    let mut pixmap = tiny_skia::Pixmap::new(size, size).context("an icon's canvas")?;
    let whole = size as f32 / side;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(whole, whole),
        &mut pixmap.as_mut(),
    );
    if icon.maskable {
        let edge = pixmap
            .pixel(0, size / 2)
            .context("the favicon's edge")?
            .demultiply();
        pixmap.fill(tiny_skia::Color::from_rgba8(
            edge.red(),
            edge.green(),
            edge.blue(),
            255,
        ));
        let scale = whole * MASKABLE_SCALE;
        let inset = size as f32 * (1.0 - MASKABLE_SCALE) / 2.0;
        resvg::render(
            &tree,
            tiny_skia::Transform::from_row(scale, 0.0, 0.0, scale, inset, inset),
            &mut pixmap.as_mut(),
        );
    }
    pixmap.encode_png().context("encoding an icon")
}

/// The web app manifest for a site served under `base`: it opens in its own
/// window, at the step the reader left off (`#continue`, which the page's
/// first script follows), in the site's light colours until the page says
/// its own (the pages' `theme-color` follows the reader's theme).
pub fn manifest(base: &str) -> String {
    let site = Site::embedded();
    let icons: Vec<_> = manifest_icons()
        .iter()
        .map(|icon| {
            json!({
                "src": format!("{base}{}", icon.file),
                "sizes": format!("{0}x{0}", icon.size),
                "type": "image/png",
                "purpose": if icon.maskable { "maskable" } else { "any" },
            })
        })
        .collect();
    let manifest = json!({
        "id": base,
        "name": site_name(),
        // The name under an icon on a home screen, where the whole name
        // is too long.
        "short_name": site.short_name,
        "description": site.descriptions.manifest,
        "lang": "en",
        "dir": "ltr",
        "start_url": format!("{base}#continue"),
        "scope": base,
        "display": "standalone",
        "background_color": PAGE,
        "theme_color": PAGE,
        "icons": icons,
    });
    serde_json::to_string_pretty(&manifest).expect("a JSON value always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(png: &[u8]) -> tiny_skia::Pixmap {
        tiny_skia::Pixmap::decode_png(png).unwrap()
    }

    #[test]
    fn each_icon_is_a_png_of_its_size() {
        for icon in ICONS {
            let pixmap = decoded(&icon_png(&icon).unwrap());
            assert_eq!((pixmap.width(), pixmap.height()), (icon.size, icon.size));
        }
    }

    /// A mask may crop a maskable icon to its middle 80% circle: the corners
    /// must be filled (not transparent), and the favicon's white lines must
    /// stay inside that circle.
    #[test]
    fn a_maskable_icon_fills_its_corners_and_keeps_its_lines_in_the_safe_circle() {
        let pixmap = decoded(&icon_png(&ICONS[2]).unwrap());
        let size = pixmap.width() as f32;
        let corner = pixmap.pixel(0, 0).unwrap();
        assert_eq!(corner.alpha(), 255, "the corner is filled");
        for y in 0..pixmap.height() {
            for x in 0..pixmap.width() {
                let pixel = pixmap.pixel(x, y).unwrap();
                let white = pixel.red() > 200 && pixel.green() > 200 && pixel.blue() > 200;
                let (dx, dy) = (x as f32 + 0.5 - size / 2.0, y as f32 + 0.5 - size / 2.0);
                if white {
                    assert!(
                        (dx * dx + dy * dy).sqrt() <= size * 0.4,
                        "a line at {x},{y} lies outside the safe circle"
                    );
                }
            }
        }
        let plain = decoded(&icon_png(&ICONS[1]).unwrap());
        assert_eq!(
            plain.pixel(0, 0).unwrap().alpha(),
            0,
            "the plain icon keeps its round corners"
        );
    }

    /// The manifest's colour and the pages' `theme-color` are the pages'
    /// own background (`--bg`), light and dark.
    #[test]
    fn the_colours_are_the_pages_background() {
        let css = include_str!("../../styles/variables.css");
        let html = include_str!("../../index.html");
        let backgrounds: Vec<&str> = css
            .lines()
            .filter_map(|line| line.trim().strip_prefix("--bg: "))
            .map(|value| value.trim_end_matches(';'))
            .collect();
        assert_eq!(backgrounds.len(), 2, "a light and a dark --bg");
        assert_eq!(backgrounds[0], PAGE);
        for (scheme, colour) in ["light", "dark"].iter().zip(&backgrounds) {
            let meta = format!(r#"media="(prefers-color-scheme: {scheme})" content="{colour}""#);
            assert!(html.contains(&meta), "index.html lacks {meta}");
        }
    }

    #[test]
    fn the_manifest_opens_the_site_under_its_base_path() {
        for base in ["/", "/explainer/"] {
            let manifest: serde_json::Value = serde_json::from_str(&manifest(base)).unwrap();
            assert_eq!(manifest["scope"], base);
            assert_eq!(manifest["start_url"], format!("{base}#continue"));
            assert_eq!(manifest["display"], "standalone");
            let icons = manifest["icons"].as_array().unwrap();
            assert_eq!(icons.len(), 3);
            assert!(
                icons
                    .iter()
                    .all(|icon| icon["src"].as_str().unwrap().starts_with(base))
            );
            assert!(icons.iter().any(|icon| icon["purpose"] == "maskable"));
        }
    }
}
