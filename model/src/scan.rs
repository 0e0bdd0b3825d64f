//! Scanning students' response QR codes with a camera, one after another:
//! reading the codes in one frame's pixels (the `quircs` crate, where the
//! browser has no `BarcodeDetector` of its own), and the scan's tally, which
//! takes each code's text once and says what it came to.
//!
//! Only the classroom kit's binary calls [`read_codes`], so the decoder is
//! linked into it alone, never into the explainer's.

use std::collections::HashSet;

use super::argument::Argument;
use super::response::Response;

/// The longest side, in pixels, of the frame the decoder reads: a camera's
/// frame is scaled down to it first, so a decode takes a few milliseconds,
/// not a long pause of the page. A response's code held up to a laptop's
/// camera, or a phone's, still has two pixels or more a module at this size.
pub const MAX_FRAME_SIDE: u32 = 640;

/// The size a frame of `width` by `height` pixels is read at: scaled down,
/// keeping its shape, so that its longest side is at most
/// [`MAX_FRAME_SIDE`]; a smaller frame as it is. A frame with no pixels
/// (a camera not yet started) is `None`.
pub fn frame_size(width: u32, height: u32) -> Option<(u32, u32)> {
    let longest = width.max(height);
    if width == 0 || height == 0 {
        return None;
    }
    if longest <= MAX_FRAME_SIDE {
        return Some((width, height));
    }
    let scale = |side: u32| {
        let scaled = u64::from(side) * u64::from(MAX_FRAME_SIDE) / u64::from(longest);
        u32::try_from(scaled).unwrap_or(MAX_FRAME_SIDE).max(1)
    };
    Some((scale(width), scale(height)))
}

/// A pixel's brightness from its red, green and blue (ITU-R BT.601's
/// weights, in whole numbers out of 256).
fn luma(red: u8, green: u8, blue: u8) -> u8 {
    let sum = 77 * u32::from(red) + 150 * u32::from(green) + 29 * u32::from(blue);
    u8::try_from(sum >> 8).unwrap_or(u8::MAX)
}

/// The text of every QR code found in a frame given as RGBA pixels, row by
/// row (as a canvas's `getImageData` gives them), `width` by `height`. A
/// code that is found but does not decode (blurred, half out of the frame,
/// or not text) is passed over; pixels that do not make up the size given
/// are no frame, and hold no code.
pub fn read_codes(width: usize, height: usize, rgba: &[u8]) -> Vec<String> {
    let Some(pixels) = width.checked_mul(height) else {
        return Vec::new();
    };
    if pixels == 0 || pixels.checked_mul(4) != Some(rgba.len()) {
        return Vec::new();
    }
    let luma: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|pixel| luma(pixel[0], pixel[1], pixel[2]))
        .collect();
    let mut decoder = quircs::Quirc::default();
    decoder
        .identify(width, height, &luma)
        .filter_map(|code| code.ok()?.decode().ok())
        .filter_map(|data| String::from_utf8(data.payload).ok())
        .collect()
}

/// Whether a code's text looks like a link, which a response is: an
/// `http` or `https` address with no spaces in it. Anything else (a code on
/// a poster, a Wi-Fi password) is not a response.
pub fn looks_like_link(text: &str) -> bool {
    let text = text.trim();
    let scheme = text
        .get(..8)
        .is_some_and(|start| start.eq_ignore_ascii_case("https://"))
        || text
            .get(..7)
            .is_some_and(|start| start.eq_ignore_ascii_case("http://"));
    scheme && !text.chars().any(char::is_whitespace)
}

/// What one code came to, the first time its text was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tick {
    /// A response link that reads, with the student's name where it gives
    /// one: handed to the class page, which adds it.
    Response {
        /// The name the response gives.
        name: Option<String>,
    },
    /// A link that does not read as a response (cut short, edited, another
    /// site's): handed to the class page too, which says why it cannot add
    /// it. Not a response.
    OtherLink,
    /// Text that is no link: not a response, and not handed on.
    NotLink,
}

impl Tick {
    /// Whether the class page is given the code's text: a link, which it
    /// adds or says why it cannot.
    pub fn is_link(&self) -> bool {
        !matches!(self, Tick::NotLink)
    }
}

/// One scan's tally: each code's text is taken once, however many frames
/// show it, and counted as a response read or as not a response.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    /// Every text read so far, as read.
    seen: HashSet<String>,
    /// How many response links were read.
    read: usize,
    /// How many codes were not response links that read.
    not_responses: usize,
    /// What the last new code came to.
    last: Option<Tick>,
}

impl Scan {
    /// Takes a code's text: what it came to the first time it is read, and
    /// `None` when it was read before (the same code still in front of the
    /// camera, or shown again).
    pub fn take(&mut self, text: &str, argument: &Argument) -> Option<Tick> {
        if !self.seen.insert(text.to_owned()) {
            return None;
        }
        let response = looks_like_link(text).then(|| {
            text.split_once('#')
                .and_then(|(_, fragment)| Response::from_fragment(fragment, argument).ok())
        });
        let tick = match response {
            Some(Some(response)) => Tick::Response {
                name: response.name,
            },
            Some(None) => Tick::OtherLink,
            None => Tick::NotLink,
        };
        if matches!(tick, Tick::Response { .. }) {
            self.read += 1;
        } else {
            self.not_responses += 1;
        }
        self.last = Some(tick.clone());
        Some(tick)
    }

    /// How many response links were read.
    pub fn read(&self) -> usize {
        self.read
    }

    /// How many codes were taken: every distinct text.
    pub fn taken(&self) -> usize {
        self.seen.len()
    }

    /// What the last new code came to, if any was read.
    pub fn last(&self) -> Option<&Tick> {
        self.last.as_ref()
    }

    /// What the scan has come to, in a sentence or two for its status line:
    /// what the last code was, how many responses were read, and how many
    /// codes were not responses.
    pub fn status(&self) -> String {
        let last = match &self.last {
            None => return "No codes read yet.".to_owned(),
            Some(Tick::Response { name: Some(name) }) => format!("Read {name}'s response."),
            Some(Tick::Response { name: None }) => "Read a response that gave no name.".to_owned(),
            Some(Tick::OtherLink) => {
                "That code's link is not a response link that can be read.".to_owned()
            }
            Some(Tick::NotLink) => "That code is not a response link.".to_owned(),
        };
        let mut status = format!("{last} {} read", self.read);
        if self.not_responses > 0 {
            status.push_str(&format!(", {} not a response", self.not_responses));
        }
        status.push('.');
        status
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Answers;
    use crate::assignment::AssignmentId;
    use crate::fixture;
    use crate::student::StartId;
    use qrcodegen::{QrCode, QrCodeEcc};

    /// A white frame, `width` by `height` RGBA pixels, with the text's QR
    /// code drawn black at `module` pixels a module, its top left corner at
    /// `left`, `top`.
    pub(super) fn frame_with_code(
        text: &str,
        width: usize,
        height: usize,
        module: usize,
        at: (usize, usize),
    ) -> Vec<u8> {
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
        let size = usize::try_from(code.size()).unwrap();
        let mut rgba = vec![255; width * height * 4];
        for y in 0..size * module {
            for x in 0..size * module {
                let dark = code.get_module(
                    i32::try_from(x / module).unwrap(),
                    i32::try_from(y / module).unwrap(),
                );
                if dark {
                    let pixel = ((at.1 + y) * width + at.0 + x) * 4;
                    rgba[pixel..pixel + 3].fill(0);
                }
            }
        }
        rgba
    }

    #[test]
    fn a_frame_is_scaled_down_to_its_longest_side_and_keeps_its_shape() {
        assert_eq!(frame_size(640, 480), Some((640, 480)));
        assert_eq!(frame_size(320, 240), Some((320, 240)));
        assert_eq!(frame_size(1280, 720), Some((640, 360)));
        assert_eq!(frame_size(1920, 1080), Some((640, 360)));
        assert_eq!(frame_size(1080, 1920), Some((360, 640)));
        assert_eq!(frame_size(10_000, 1), Some((640, 1)));
        assert_eq!(frame_size(0, 480), None);
        assert_eq!(frame_size(640, 0), None);
    }

    #[test]
    fn a_code_in_a_frame_is_read() {
        let link = "https://example.org/teach/class/#r=2&as=k3f9qz&st=ab2c&before=2&name=Anna+K";
        let rgba = frame_with_code(link, 640, 480, 4, (200, 100));
        assert_eq!(read_codes(640, 480, &rgba), vec![link.to_owned()]);
    }

    #[test]
    fn two_codes_in_one_frame_are_both_read() {
        let mut rgba = frame_with_code("https://example.org/one", 640, 480, 4, (20, 20));
        let other = frame_with_code("https://example.org/two", 640, 480, 4, (400, 240));
        for (pixel, dark) in rgba.iter_mut().zip(other) {
            *pixel = (*pixel).min(dark);
        }
        let mut read = read_codes(640, 480, &rgba);
        read.sort();
        assert_eq!(read, ["https://example.org/one", "https://example.org/two"]);
    }

    #[test]
    fn a_frame_with_no_code_or_of_the_wrong_size_reads_nothing() {
        assert!(read_codes(64, 48, &vec![255; 64 * 48 * 4]).is_empty());
        assert!(read_codes(64, 48, &[255; 10]).is_empty());
        assert!(read_codes(0, 0, &[]).is_empty());
        assert!(read_codes(usize::MAX, 2, &[]).is_empty());
    }

    #[test]
    fn a_link_is_taken_as_a_response_and_other_text_is_not() {
        for link in [
            "https://example.org/teach/class/#r=2",
            "http://127.0.0.1:4173/verdict/#v=1",
            "HTTPS://EXAMPLE.ORG/",
            " https://example.org/ ",
        ] {
            assert!(looks_like_link(link), "{link}");
        }
        for text in [
            "",
            "WIFI:S:school;T:WPA;P:secret;;",
            "https://example.org/a link with spaces",
            "ftp://example.org/",
            "https:/",
            "example.org/teach/class/",
            "é",
        ] {
            assert!(!looks_like_link(text), "{text}");
        }
    }

    /// A response link of the fixture's argument, with this name.
    fn response_link(name: Option<&str>, argument: &Argument) -> String {
        let response = Response {
            assignment: AssignmentId::from_bits(7),
            start: StartId::from_bits(9),
            handed_in: 29_000_000,
            name: name.map(str::to_owned),
            answers: Answers::default(),
        };
        format!(
            "https://example.org/teach/class/#{}",
            response.to_fragment(argument)
        )
    }

    #[test]
    fn each_text_is_taken_once_and_counted_by_what_it_is() {
        let argument = fixture::content().argument;
        let zoe = response_link(Some("Zoë"), &argument);
        let nameless = response_link(None, &argument);
        let mut scan = Scan::default();
        assert_eq!(scan.status(), "No codes read yet.");
        let read = scan.take(&zoe, &argument);
        assert_eq!(
            read,
            Some(Tick::Response {
                name: Some("Zoë".to_owned())
            })
        );
        assert!(read.is_some_and(|tick| tick.is_link()));
        assert_eq!(scan.status(), "Read Zoë's response. 1 read.");
        assert_eq!(scan.take(&zoe, &argument), None);
        assert_eq!(
            scan.take(&nameless, &argument),
            Some(Tick::Response { name: None })
        );
        assert_eq!(scan.status(), "Read a response that gave no name. 2 read.");
        let poster = scan.take("a poster's code", &argument);
        assert_eq!(poster, Some(Tick::NotLink));
        assert!(poster.is_some_and(|tick| !tick.is_link()));
        assert_eq!(scan.take("a poster's code", &argument), None);
        assert_eq!(
            scan.status(),
            "That code is not a response link. 2 read, 1 not a response."
        );
        // A link cut short, or another site's, is handed on for the class
        // page to say why it cannot add it, and counts as no response.
        let cut = scan.take(&zoe[..zoe.len() - 3], &argument);
        assert_eq!(cut, Some(Tick::OtherLink));
        assert!(cut.is_some_and(|tick| tick.is_link()));
        assert_eq!(
            scan.take("https://example.org/video", &argument),
            Some(Tick::OtherLink)
        );
        assert_eq!(
            scan.status(),
            "That code's link is not a response link that can be read. 2 read, 3 not a response."
        );
        assert_eq!(scan.read(), 2);
        assert_eq!(scan.taken(), 5);
        assert_eq!(scan.last(), Some(&Tick::OtherLink));
    }
}

/// The decoder over frames no camera should show, natively only (the wasm32
/// build of the tests needs no random numbers).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::read_codes;
    use super::tests::frame_with_code;

    proptest! {
        // The decoder runs on whatever the camera sees: noise, a blur, half
        // a code. It must never panic, which in the release WebAssembly
        // would stop the page.
        #[test]
        fn noise_reads_without_panicking(
            width in 1_usize..64,
            height in 1_usize..64,
            seed in any::<u64>(),
        ) {
            // Mostly black and white, as a printed code is, with some grey.
            let mut state = seed | 1;
            let rgba: Vec<u8> = (0..width * height * 4)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    match state % 4 {
                        0 => 0,
                        1 => u8::MAX,
                        _ => state.to_le_bytes()[3],
                    }
                })
                .collect();
            let _ = read_codes(width, height, &rgba);
        }
    }

    proptest! {
        // Fewer cases: each decodes a whole code, slow in a test build.
        #![proptest_config(ProptestConfig::with_cases(48))]

        // A code with some of its pixels changed, as a smudge or a glare
        // would: it is read right or not at all, never as other text.
        #[test]
        fn a_damaged_code_reads_right_or_not_at_all(
            flips in proptest::collection::vec((0_usize..120, 0_usize..120), 0..400),
        ) {
            let link = "https://example.org/teach/class/#r=2&as=k3f9qz&name=Ben";
            let mut rgba = frame_with_code(link, 160, 160, 3, (20, 20));
            for (x, y) in flips {
                let at = ((y + 20) * 160 + x + 20) * 4;
                let flipped = 255 - rgba[at];
                rgba[at..at + 3].fill(flipped);
            }
            for text in read_codes(160, 160, &rgba) {
                prop_assert_eq!(text, link);
            }
        }
    }
}
