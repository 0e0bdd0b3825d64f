//! Trunk's `index.html`, made into the template every page is written from.
//! It is read and rewritten as HTML (with lol_html), by selectors: the
//! stylesheet links, the start-up script Trunk writes from `Trunk.toml`'s
//! `pattern_script` (found by `data-start`), the links Trunk gives an
//! integrity hash, the title and the app's root.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail, ensure};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use diplomacy_explainer::app::{PRERENDERED_FOR, ROOT_ID};
use diplomacy_explainer::route::{Family, site_name};
use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str, text};
use sha2::{Digest, Sha256, Sha384};

/// The policy for every page, less the hashes of its inline scripts and style.
const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{scripts}; \
    style-src 'self'{styles}; img-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
    base-uri 'self'; form-action 'none'; object-src 'none'";

/// Headers for hosts that read a `_headers` file: what a `<meta>` tag cannot
/// say, and long caching for the files Trunk names by their hash (the one SVG
/// is the favicon); the service worker and the manifest, whose names never
/// change, are revalidated on every fetch; pages keep the host's default.
const HEADERS: &str = "/*\n  Content-Security-Policy: {csp}; frame-ancestors 'none'\n  \
    X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  \
    Permissions-Policy: camera=(), microphone=(), geolocation=()\n\
    {immutable}\
    /*.svg\n  Cache-Control: public, max-age=31536000, immutable\n\
    {base}sw.js\n  Cache-Control: no-cache\n\
    {base}manifest.webmanifest\n  Cache-Control: no-cache\n";

/// The start-up script for the release site. It fetches the WebAssembly
/// only once the page has painted, so nothing the first paint needs shares
/// the network with it (the page works without it: see docs/measure.md
/// for what this gave); a hidden page, which paints no
/// frame, starts at once. It fetches with the file's integrity hash, so a
/// tampered file is refused, and says when the module has started
/// (`wasmstarted`, which `make bench` reads its memory by).
const START: &str = "import init from '{js}';\n\
    await new Promise((go) => document.hidden ? go() : requestAnimationFrame(() => setTimeout(go)));\n\
    const wasm = await init({ module_or_path: fetch('{wasm}', { integrity: '{integrity}' }) });\n\
    dispatchEvent(new CustomEvent('wasmstarted', { detail: wasm }));\n";

/// What the template is made from, read off Trunk's page.
#[derive(Debug, Default)]
struct Found {
    /// `<base href>`: the path the site is served under.
    base: Option<String>,
    /// The stylesheets linked, in order.
    stylesheets: Vec<String>,
    /// The start-up script's two files: the JavaScript glue and the WebAssembly.
    start: Option<(String, String)>,
    /// The text of each inline script other than the start-up script.
    scripts: Vec<String>,
    /// Whether the app's root is there, and whether it is prerendered already.
    root: Option<bool>,
}

/// What a page shows where a link to it is pasted (a chat, a post, a
/// learning platform), which reads the page's head and runs no script.
#[derive(Debug)]
pub struct Preview<'a> {
    /// The title a preview shows.
    pub title: &'a str,
    /// What the reader will find there.
    pub description: &'a str,
    /// The page's absolute address, where the site's is known (`SITE_URL`).
    pub url: Option<String>,
    /// The absolute address of the page's card, where the site's is known.
    pub image: Option<String>,
    /// What the card shows, in words.
    pub image_alt: &'a str,
}

/// Text made safe inside an attribute's double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl Preview<'_> {
    /// The tags that say it, after the page's description: Open Graph's and
    /// Twitter's, and the canonical address where it is known.
    fn tags(&self) -> String {
        let mut tags = vec![
            ("property", "og:title", self.title.to_owned()),
            ("property", "og:description", self.description.to_owned()),
            ("property", "og:type", "website".to_owned()),
            ("property", "og:site_name", site_name().to_owned()),
            (
                "name",
                "twitter:card",
                if self.image.is_some() {
                    "summary_large_image"
                } else {
                    "summary"
                }
                .to_owned(),
            ),
            ("name", "twitter:title", self.title.to_owned()),
            ("name", "twitter:description", self.description.to_owned()),
        ];
        if let Some(url) = &self.url {
            tags.push(("property", "og:url", url.clone()));
        }
        if let Some(image) = &self.image {
            tags.extend([
                ("property", "og:image", image.clone()),
                ("property", "og:image:width", crate::card::WIDTH.to_string()),
                (
                    "property",
                    "og:image:height",
                    crate::card::HEIGHT.to_string(),
                ),
                ("property", "og:image:alt", self.image_alt.to_owned()),
                ("name", "twitter:image", image.clone()),
                ("name", "twitter:image:alt", self.image_alt.to_owned()),
            ]);
        }
        let mut html: String = tags
            .iter()
            .map(|(kind, name, value)| {
                format!(r#"<meta {kind}="{name}" content="{}" />"#, attribute(value))
            })
            .collect();
        if let Some(url) = &self.url {
            html.push_str(&format!(
                r#"<link rel="canonical" href="{}" />"#,
                attribute(url)
            ));
        }
        html
    }
}

/// The templates every page is written from, one for each family of pages
/// (each starts its own WebAssembly binary), and their policies.
#[derive(Debug)]
pub struct Template {
    steps: Binary,
    views: Binary,
    classroom: Binary,
    base: String,
    /// The policy's source for the inline style, the same on every page.
    style: String,
}

/// The template for the pages one WebAssembly binary starts on.
#[derive(Debug)]
struct Binary {
    html: String,
    csp: String,
    /// The policy's sources for the inline scripts of its pages.
    scripts: Vec<String>,
    /// The addresses of the start-up script's two files, which Trunk names by their hash.
    hashed: (String, String),
}

/// The page Trunk builds for a family's binary. The steps' is Trunk's own
/// `index.html`, which every page is written from; the views' and the
/// classroom kit's (from `views.html` and `classroom.html`) are put beside
/// it by `make app`: only their start-up script's two files are read from
/// them, and they are removed.
pub fn trunk_page(family: Family) -> &'static str {
    match family {
        Family::Steps => "index.html",
        Family::Views => "views.html",
        Family::Classroom => "classroom.html",
    }
}

/// The CSP source for an inline script's or style's text.
fn csp_hash(text: &str) -> String {
    format!(
        " 'sha256-{}'",
        BASE64.encode(Sha256::digest(text.as_bytes()))
    )
}

/// The Subresource Integrity value for a file's bytes.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", BASE64.encode(Sha384::digest(bytes)))
}

/// Trunk's page moved under `to`, the path the site is served under: each
/// address Trunk wrote under its `<base href>` (`from`), its own included,
/// now starts with `to`. Nothing else Trunk builds names the path (the glue
/// finds the WebAssembly beside itself), so one build serves a site under
/// any path.
fn rebase(html: &str, from: &str, to: &str) -> Result<String> {
    let moved = |el: &mut lol_html::html_content::Element<'_, '_>, attribute: &str| {
        if let Some(rest) = el
            .get_attribute(attribute)
            .as_deref()
            .and_then(|value| value.strip_prefix(from))
        {
            el.set_attribute(attribute, &format!("{to}{rest}"))?;
        }
        Ok(())
    };
    Ok(rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("base[href], link[href]", |el| moved(el, "href")),
                element!("script[src]", |el| moved(el, "src")),
                element!("script[data-start]", |el| {
                    moved(el, "data-js")?;
                    moved(el, "data-wasm")
                }),
            ],
            ..RewriteStrSettings::new()
        },
    )?)
}

/// Reads Trunk's page for what the template is made from.
fn find(html: &str) -> Result<Found> {
    let found = RefCell::new(Found::default());
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("base[href]", |el| {
                    found.borrow_mut().base = el.get_attribute("href");
                    Ok(())
                }),
                element!("link[rel=stylesheet][href]", |el| {
                    let href = el.get_attribute("href").unwrap_or_default();
                    found.borrow_mut().stylesheets.push(href);
                    Ok(())
                }),
                element!("script[data-start]", |el| {
                    let js = el.get_attribute("data-js").ok_or("no data-js")?;
                    let wasm = el.get_attribute("data-wasm").ok_or("no data-wasm")?;
                    found.borrow_mut().start = Some((js, wasm));
                    Ok(())
                }),
                element!("script:not([src]):not([data-start])", |_| {
                    found.borrow_mut().scripts.push(String::new());
                    Ok(())
                }),
                text!("script:not([src]):not([data-start])", |chunk| {
                    if let Some(script) = found.borrow_mut().scripts.last_mut() {
                        script.push_str(chunk.as_str());
                    }
                    Ok(())
                }),
                element!(&format!("#{ROOT_ID}"), |el| {
                    found.borrow_mut().root = Some(el.has_attribute(PRERENDERED_FOR));
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    )?;
    Ok(found.into_inner())
}

impl Template {
    /// The template made from the `index.html` Trunk built in `dist`, for a
    /// site served under `public` (a path, `/explainer/`; where it is not
    /// given, the one Trunk built for): the stylesheets put inline (and their
    /// files removed), the start-up script fetching the WebAssembly with its
    /// integrity, every integrity hash checked against the file as it is
    /// now, and the policy hashing what runs inline.
    pub fn from_trunk(dist: &Path, public: Option<&str>) -> Result<Template> {
        let index = dist.join(trunk_page(Family::Steps));
        let html = std::fs::read_to_string(&index)
            .with_context(|| format!("reading {}", index.display()))?;
        let built_for = find(&html)
            .with_context(|| format!("reading {}", index.display()))?
            .base
            .context("index.html has no <base href>")?;
        let public = public.unwrap_or(&built_for);
        ensure!(
            public.starts_with('/') && public.ends_with('/'),
            "the public path {public} must begin and end with /"
        );
        let html = rebase(&html, &built_for, public)?;
        let found = find(&html).with_context(|| format!("reading {}", index.display()))?;
        match found.root {
            None => bail!("{} has no #{ROOT_ID}", index.display()),
            Some(true) => bail!(
                "{} is prerendered already: run trunk build first",
                index.display()
            ),
            Some(false) => {}
        }
        let base = found.base.context("index.html has no <base href>")?;
        let file = |href: &str| -> PathBuf { dist.join(href.strip_prefix(&base).unwrap_or(href)) };
        let read = |href: &str| -> Result<Vec<u8>> {
            let path = file(href);
            std::fs::read(&path).with_context(|| format!("reading {}", path.display()))
        };

        ensure!(
            !found.stylesheets.is_empty(),
            "index.html links no stylesheet"
        );
        let mut style = String::new();
        for href in &found.stylesheets {
            style.push_str(&String::from_utf8(read(href)?).context("a stylesheet is not UTF-8")?);
        }
        let (js, wasm) = found
            .start
            .context("index.html has no start-up script (script[data-start])")?;
        // The start-up script's two files of another family's binary, from
        // its Trunk page.
        let start_of = |family: Family| -> Result<(String, String)> {
            let page = dist.join(trunk_page(family));
            let html = std::fs::read_to_string(&page)
                .with_context(|| format!("reading {}", page.display()))?;
            rebase(&html, &built_for, public)
                .and_then(|html| find(&html))
                .ok()
                .and_then(|found| found.start)
                .with_context(|| format!("{} has no start-up script", page.display()))
        };
        let views = start_of(Family::Views)?;
        let classroom = start_of(Family::Classroom)?;

        let first_style = RefCell::new(true);
        let html = rewrite_str(
            &html,
            RewriteStrSettings {
                element_content_handlers: vec![
                    element!("link[rel=stylesheet]", |el| {
                        if first_style.replace(false) {
                            el.replace(&format!("<style>{style}</style>"), ContentType::Html);
                        } else {
                            el.remove();
                        }
                        Ok(())
                    }),
                    // Trunk preloads the WebAssembly; the start-up script fetches it after the first paint.
                    element!("link[rel=preload][href$='.wasm']", |el| {
                        el.remove();
                        Ok(())
                    }),
                    // The glue's preload gets its binary's own below.
                    element!("link[integrity][href]:not([rel=modulepreload])", |el| {
                        if el.removed() {
                            return Ok(());
                        }
                        let href = el.get_attribute("href").unwrap_or_default();
                        el.set_attribute("integrity", &integrity(&read(&href)?))?;
                        Ok(())
                    }),
                ],
                ..RewriteStrSettings::new()
            },
        )?;
        for href in &found.stylesheets {
            let path = file(href);
            std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
        }
        for family in [Family::Views, Family::Classroom] {
            let page = dist.join(trunk_page(family));
            std::fs::remove_file(&page).with_context(|| format!("removing {}", page.display()))?;
        }

        let binary = |(js, wasm): (String, String)| -> Result<Binary> {
            let start = START
                .replace("{js}", &js)
                .replace("{wasm}", &wasm)
                .replace("{integrity}", &integrity(&read(&wasm)?));
            let js_integrity = integrity(&read(&js)?);
            let html = rewrite_str(
                &html,
                RewriteStrSettings {
                    element_content_handlers: vec![
                        element!("script[data-start]", |el| {
                            el.replace(
                                &format!("<script type=\"module\">{start}</script>"),
                                ContentType::Html,
                            );
                            Ok(())
                        }),
                        // The glue this binary's WebAssembly needs, where Trunk's page preloads the steps'.
                        element!("link[rel=modulepreload]", |el| {
                            el.set_attribute("href", &js)?;
                            el.set_attribute("integrity", &js_integrity)?;
                            Ok(())
                        }),
                    ],
                    ..RewriteStrSettings::new()
                },
            )?;
            let scripts: Vec<String> = found
                .scripts
                .iter()
                .chain([&start])
                .map(|s| csp_hash(s))
                .collect();
            let csp = CSP
                .replace("{scripts}", &scripts.concat())
                .replace("{styles}", &csp_hash(&style));
            Ok(Binary {
                html,
                csp,
                scripts,
                hashed: (js, wasm),
            })
        };
        Ok(Template {
            steps: binary((js, wasm))?,
            views: binary(views)?,
            classroom: binary(classroom)?,
            base,
            style: csp_hash(&style),
        })
    }

    /// The path the site is served under, from `<base href>`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The page at `path`, of a family of pages: the family's template
    /// with its title (as its tab shows it) and preview, the prerendered app
    /// in its root, and the policy.
    pub fn page(
        &self,
        family: Family,
        path: &str,
        title: &str,
        preview: &Preview<'_>,
        body: &str,
    ) -> Result<String> {
        let binary = self.binary(family);
        let tags = preview.tags();
        let meta = format!(
            r#"<meta http-equiv="Content-Security-Policy" content="{}" />"#,
            binary.csp
        );
        let html = rewrite_str(
            &binary.html,
            RewriteStrSettings {
                element_content_handlers: vec![
                    element!("title", |el| {
                        el.set_inner_content(title, ContentType::Text);
                        Ok(())
                    }),
                    element!("meta[charset]", |el| {
                        el.after(&meta, ContentType::Html);
                        Ok(())
                    }),
                    element!("meta[name=description]", |el| {
                        let description = format!(
                            r#"<meta name="description" content="{}" />{tags}"#,
                            attribute(preview.description)
                        );
                        el.replace(&description, ContentType::Html);
                        Ok(())
                    }),
                    element!(&format!("#{ROOT_ID}"), |el| {
                        el.set_attribute(PRERENDERED_FOR, path)?;
                        el.set_inner_content(body, ContentType::Html);
                        Ok(())
                    }),
                ],
                ..RewriteStrSettings::new()
            },
        )?;
        Ok(html)
    }

    /// The template for a family of pages.
    fn binary(&self, family: Family) -> &Binary {
        match family {
            Family::Steps => &self.steps,
            Family::Views => &self.views,
            Family::Classroom => &self.classroom,
        }
    }

    /// The `_headers` file: one policy for every page, which allows what
    /// any family's pages run inline (each page's own `<meta>` policy
    /// allows only its own), and a year's caching for every binary.
    pub fn headers(&self) -> String {
        let mut scripts: Vec<String> = Vec::new();
        for binary in Family::ALL.map(|family| self.binary(family)) {
            for script in &binary.scripts {
                if !scripts.contains(script) {
                    scripts.push(script.clone());
                }
            }
        }
        let csp = CSP
            .replace("{scripts}", &scripts.concat())
            .replace("{styles}", &self.style);
        let immutable = Family::ALL
            .map(|family| self.binary(family))
            .iter()
            .flat_map(|binary| [&binary.hashed.0, &binary.hashed.1])
            .map(|file| format!("{file}\n  Cache-Control: public, max-age=31536000, immutable\n"))
            .collect::<String>();
        HEADERS
            .replace("{csp}", &csp)
            .replace("{immutable}", &immutable)
            .replace("{base}", &self.base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = r#"<html><head><meta charset="utf-8" /><meta name="description" content="Old" /><title>Old</title><base href="/x/" />
<link rel="stylesheet" href="/x/a.css" integrity="sha384-1"/>
<link rel="modulepreload" href="/x/app.js" integrity="sha384-stale" />
<link rel="preload" href="/x/app_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous" integrity="sha384-stale" />
<link rel="stylesheet" href="/x/b.css"/>
<script>document.documentElement.classList.add("js");</script>
<script type="module" data-start data-js="/x/app.js" data-wasm="/x/app_bg.wasm">
import init from '/x/app.js';
</script></head><body><div id="app"></div></body></html>"#;

    /// Trunk's page for the views' binary.
    const TRUNK_VIEWS: &str = r#"<html><head><base href="/x/" />
<script type="module" data-start data-js="/x/views.js" data-wasm="/x/views_bg.wasm">
import init from '/x/views.js';
</script></head><body></body></html>"#;

    /// Trunk's page for the classroom kit's binary.
    const TRUNK_CLASSROOM: &str = r#"<html><head><base href="/x/" />
<script type="module" data-start data-js="/x/kit.js" data-wasm="/x/kit_bg.wasm">
import init from '/x/kit.js';
</script></head><body></body></html>"#;

    /// The Trunk pages of the families but the steps', with their text.
    const OTHER_PAGES: [(Family, &str); 2] = [
        (Family::Views, TRUNK_VIEWS),
        (Family::Classroom, TRUNK_CLASSROOM),
    ];

    /// A folder holding Trunk's page and the files it links.
    fn dist(name: &str) -> PathBuf {
        let dist = std::env::temp_dir().join(format!("prerender-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        for (file, text) in [
            ("index.html", TRUNK),
            (trunk_page(Family::Views), TRUNK_VIEWS),
            (trunk_page(Family::Classroom), TRUNK_CLASSROOM),
            ("a.css", "a{}"),
            ("b.css", "b{}"),
            ("app.js", "js"),
            ("app_bg.wasm", "wasm"),
            ("views.js", "views js"),
            ("views_bg.wasm", "views wasm"),
            ("kit.js", "kit js"),
            ("kit_bg.wasm", "kit wasm"),
        ] {
            std::fs::write(dist.join(file), text).unwrap();
        }
        dist
    }

    #[test]
    fn the_template_inlines_styles_and_fetches_the_wasm_with_its_integrity() {
        let dist = dist("template");
        let template = Template::from_trunk(&dist, None).unwrap();
        let html = &template.steps.html;
        assert!(html.contains("<style>a{}b{}</style>"), "{html}");
        assert!(!html.contains("stylesheet"));
        assert!(
            !dist.join("a.css").exists(),
            "an inlined stylesheet is removed"
        );
        let fetch = format!(
            "fetch('/x/app_bg.wasm', {{ integrity: '{}' }})",
            integrity(b"wasm")
        );
        assert!(html.contains(&fetch), "{html}");
        let painted = html.find("requestAnimationFrame").unwrap();
        assert!(
            painted < html.find(&fetch).unwrap() && !html.contains("app_bg.wasm\" as="),
            "the WebAssembly is fetched after the first paint, not preloaded: {html}"
        );
        assert!(!html.contains("data-start"));
        assert!(
            html.contains(&format!(r#"integrity="{}""#, integrity(b"js"))),
            "{html}"
        );
        let start = &html[html.find("import init").unwrap()..html.rfind("</script>").unwrap()];
        for inline in [
            r#"document.documentElement.classList.add("js");"#,
            start,
            "a{}b{}",
        ] {
            assert!(template.steps.csp.contains(&csp_hash(inline)), "{inline}");
        }
        for (family, _) in OTHER_PAGES {
            assert!(
                !dist.join(trunk_page(family)).exists(),
                "Trunk's page for the {family:?} binary is not served"
            );
        }
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn each_family_of_pages_starts_its_own_binary() {
        let dist = dist("families");
        let template = Template::from_trunk(&dist, None).unwrap();
        let files = [
            (Family::Steps, "app", "js", "wasm"),
            (Family::Views, "views", "views js", "views wasm"),
            (Family::Classroom, "kit", "kit js", "kit wasm"),
        ];
        for (family, name, js, wasm) in files {
            let html = &template.binary(family).html;
            assert!(html.contains(&integrity(wasm.as_bytes())), "{html}");
            assert!(
                html.contains(&format!(r#"integrity="{}""#, integrity(js.as_bytes()))),
                "the glue is preloaded: {html}"
            );
            assert!(
                html.contains(&format!(r#"<link rel="modulepreload" href="/x/{name}.js""#)),
                "{html}"
            );
            for (other, other_name, ..) in files {
                if other != family {
                    assert!(!html.contains(&format!("/x/{other_name}")), "{html}");
                    assert_ne!(template.binary(family).csp, template.binary(other).csp);
                }
            }
        }
        let headers = template.headers();
        for family in Family::ALL {
            for script in &template.binary(family).scripts {
                assert!(headers.contains(script.as_str()), "{script}");
            }
        }
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn the_hashed_files_are_cached_for_a_year_and_the_worker_never() {
        let dist = dist("headers");
        let headers = Template::from_trunk(&dist, None).unwrap().headers();
        let immutable = "\n  Cache-Control: public, max-age=31536000, immutable";
        for file in [
            "/x/app.js",
            "/x/app_bg.wasm",
            "/x/views.js",
            "/x/views_bg.wasm",
            "/x/kit.js",
            "/x/kit_bg.wasm",
        ] {
            assert!(headers.contains(&format!("{file}{immutable}")), "{headers}");
        }
        assert!(
            !headers.contains("/*.js"),
            "sw.js must be fetched anew: {headers}"
        );
        assert!(
            headers.contains("/x/sw.js\n  Cache-Control: no-cache\n"),
            "{headers}"
        );
        assert!(headers.contains("worker-src 'self'; manifest-src 'self'"));
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn pages_get_their_title_body_preview_and_policy() {
        let dist = dist("page");
        let template = Template::from_trunk(&dist, None).unwrap();
        let preview = Preview {
            title: "Map & more",
            description: r#"The "map" <here>."#,
            url: Some("https://example.org/x/map/".to_owned()),
            image: Some("https://example.org/x/cards/map.png".to_owned()),
            image_alt: "A map",
        };
        let html = template
            .page(Family::Steps, "/map/", "Map & more", &preview, "<p>Hi</p>")
            .unwrap();
        assert!(html.contains("<title>Map &amp; more</title>"), "{html}");
        for tag in [
            r#"<meta name="description" content="The &quot;map&quot; &lt;here&gt;." />"#,
            r#"<meta property="og:title" content="Map &amp; more" />"#,
            r#"<meta property="og:url" content="https://example.org/x/map/" />"#,
            r#"<meta name="twitter:card" content="summary_large_image" />"#,
            r#"<meta property="og:image" content="https://example.org/x/cards/map.png" />"#,
            r#"<meta property="og:image:width" content="1200" />"#,
            r#"<link rel="canonical" href="https://example.org/x/map/" />"#,
        ] {
            assert!(html.contains(tag), "{tag} in {html}");
        }
        assert!(!html.contains(r#"content="Old""#));
        let unknown = Preview {
            url: None,
            image: None,
            ..preview
        };
        let html_without = template
            .page(Family::Steps, "/map/", "Map", &unknown, "")
            .unwrap();
        assert!(!html_without.contains("og:url") && !html_without.contains("canonical"));
        assert!(html.contains(r#"<div id="app" data-route="/map/"><p>Hi</p></div>"#));
        let meta = format!(
            r#"<meta http-equiv="Content-Security-Policy" content="{}" />"#,
            template.steps.csp
        );
        assert!(html.contains(&meta));
        std::fs::write(dist.join("index.html"), html).unwrap();
        let again = Template::from_trunk(&dist, None).unwrap_err().to_string();
        assert!(again.contains("prerendered already"), "{again}");
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn a_site_is_served_under_the_path_it_is_given() {
        let rebased = dist("rebased");
        let template = Template::from_trunk(&rebased, Some("/y/")).unwrap();
        assert_eq!(template.base(), "/y/");
        for (html, js, wasm) in [
            (&template.steps.html, "/y/app.js", "/y/app_bg.wasm"),
            (&template.views.html, "/y/views.js", "/y/views_bg.wasm"),
            (&template.classroom.html, "/y/kit.js", "/y/kit_bg.wasm"),
        ] {
            assert!(html.contains(r#"<base href="/y/""#), "{html}");
            assert!(html.contains(&format!("import init from '{js}'")), "{html}");
            assert!(html.contains(&format!("fetch('{wasm}'")), "{html}");
            assert!(!html.contains("/x/"), "{html}");
        }
        assert!(template.headers().contains("/y/sw.js\n"));
        std::fs::remove_dir_all(rebased).unwrap();
        for path in ["y/", "/y", "https://example.org/y/"] {
            let dist = dist("refused-path");
            let error = format!("{:#}", Template::from_trunk(&dist, Some(path)).unwrap_err());
            assert!(
                error.contains("must begin and end with /"),
                "{path}: {error}"
            );
            std::fs::remove_dir_all(dist).unwrap();
        }
    }

    #[test]
    fn a_page_trunk_did_not_build_is_refused_with_the_reason() {
        let dist = dist("refused");
        for (from, to, expected) in [
            ("<div id=\"app\"></div>", "", "has no #app"),
            ("data-start", "data-begin", "no start-up script"),
            ("<base href=\"/x/\" />", "", "no <base href>"),
        ] {
            std::fs::write(dist.join("index.html"), TRUNK.replace(from, to)).unwrap();
            let error = format!("{:#}", Template::from_trunk(&dist, None).unwrap_err());
            assert!(error.contains(expected), "{expected:?} not in {error}");
        }
        std::fs::write(dist.join("index.html"), TRUNK).unwrap();
        for (missing, _) in OTHER_PAGES {
            for (family, text) in OTHER_PAGES {
                std::fs::write(dist.join(trunk_page(family)), text).unwrap();
            }
            std::fs::remove_file(dist.join(trunk_page(missing))).unwrap();
            let error = format!("{:#}", Template::from_trunk(&dist, None).unwrap_err());
            assert!(error.contains(trunk_page(missing)), "{error}");
        }
        std::fs::remove_dir_all(dist).unwrap();
    }
}
