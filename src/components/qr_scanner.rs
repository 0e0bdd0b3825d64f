//! Scanning students' response QR codes with the camera, one after another,
//! on the class page: the camera's picture shown, its frames read a few
//! times a second, and a visible and audible tick for each new code.
//!
//! A frame is read by the browser's own `BarcodeDetector` where it has one
//! that reads QR codes, and otherwise by the `quircs` crate
//! (`model::scan::read_codes`) from a copy of the frame scaled down on a
//! canvas. Only the classroom kit's binary has this component, so the
//! decoder is never in the explainer's download. The camera's pictures stay
//! in this browser: nothing is sent anywhere.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AudioContext, CanvasRenderingContext2d, ContextAttributes2d, HtmlButtonElement,
    HtmlCanvasElement, HtmlInputElement, HtmlVideoElement, MediaStream, MediaStreamConstraints,
    MediaStreamTrack, OscillatorType,
};
use yew::prelude::*;

use crate::hooks::{use_content, use_mounted};
use model::scan::{Scan, Tick, frame_size, read_codes};

/// The least time between two reads of the camera's frames, in
/// milliseconds: often enough that a code is read as soon as it is held up,
/// seldom enough that the page stays responsive between reads.
const READ_EVERY_MS: f64 = 150.0;

/// A video element's `readyState` once it has a frame to read
/// (`HAVE_CURRENT_DATA`).
const HAVE_CURRENT_DATA: u16 = 2;

/// What the page says where the scanner cannot start, after why: the
/// pasted links are read whatever the camera does.
const PASTE_INSTEAD: &str = "You can still paste the response links in the box below.";

/// Where the scanner stands.
#[derive(Clone, PartialEq)]
enum Phase {
    /// The camera is off.
    Idle,
    /// The camera was asked for, and has not answered yet.
    Starting,
    /// The camera's frames are being read.
    Scanning,
    /// The camera could not be started, and why, for the teacher.
    Failed(AttrValue),
}

/// What reads the codes in a frame.
enum Detector {
    /// The browser's own `BarcodeDetector`, set to read QR codes.
    Platform(JsValue),
    /// The `quircs` crate, reading a copy of the frame scaled down on a canvas
    /// that is never shown.
    Decoder(CanvasRenderingContext2d),
}

impl Detector {
    /// Which detector this is, for the page's `data-detector` (the browser
    /// tests check that the decoder is the one they test).
    fn name(&self) -> &'static str {
        match self {
            Detector::Platform(_) => "platform",
            Detector::Decoder(_) => "decoder",
        }
    }
}

/// What is given the texts of a frame's codes, as a detector found them.
type OnCodes = Rc<dyn Fn(Vec<String>)>;

/// The loop's callback, called at each animation frame with its time.
type FrameCallback = Closure<dyn FnMut(f64)>;

/// The camera while it is on: its stream, the video that shows it, the
/// detector, and the loop that reads a frame every [`READ_EVERY_MS`].
struct Camera {
    stream: MediaStream,
    video: HtmlVideoElement,
    detector: Detector,
    /// Whether the camera was stopped: a read still under way then comes to
    /// nothing.
    stopped: Cell<bool>,
    /// Whether the platform's detector is still reading a frame.
    busy: Cell<bool>,
    /// When the last frame was read, on the animation frames' clock.
    last_read: Cell<f64>,
    /// The animation frame asked for next, so that stopping can cancel it.
    frame: Cell<Option<i32>>,
    /// The loop's callback, kept alive while the camera is on; it holds the
    /// camera only weakly.
    tick: RefCell<Option<FrameCallback>>,
}

impl Camera {
    /// Starts reading the frames, each found code's text given to `on_codes`.
    fn run(self: &Rc<Camera>, on_codes: OnCodes) {
        let camera: Weak<Camera> = Rc::downgrade(self);
        let tick = FrameCallback::new(move |time: f64| {
            let Some(camera) = camera.upgrade() else {
                return;
            };
            if camera.stopped.get() {
                return;
            }
            let due = time - camera.last_read.get() >= READ_EVERY_MS;
            if due && !camera.busy.get() && camera.video.ready_state() >= HAVE_CURRENT_DATA {
                camera.last_read.set(time);
                camera.read_frame(&on_codes);
            }
            camera.next_frame();
        });
        *self.tick.borrow_mut() = Some(tick);
        self.next_frame();
    }

    /// Asks for the loop's callback at the next animation frame.
    fn next_frame(&self) {
        if let Some(tick) = &*self.tick.borrow() {
            let asked =
                gloo::utils::window().request_animation_frame(tick.as_ref().unchecked_ref());
            self.frame.set(asked.ok());
        }
    }

    /// Reads the frame the video shows now.
    fn read_frame(self: &Rc<Camera>, on_codes: &OnCodes) {
        match &self.detector {
            Detector::Decoder(context) => {
                let Some((width, height)) =
                    frame_size(self.video.video_width(), self.video.video_height())
                else {
                    return;
                };
                let Some(canvas) = context.canvas() else {
                    return;
                };
                if canvas.width() != width || canvas.height() != height {
                    canvas.set_width(width);
                    canvas.set_height(height);
                }
                let (w, h) = (f64::from(width), f64::from(height));
                let drawn = context.draw_image_with_html_video_element_and_dw_and_dh(
                    &self.video,
                    0.0,
                    0.0,
                    w,
                    h,
                );
                let Ok(image) = drawn.and_then(|()| context.get_image_data(0.0, 0.0, w, h)) else {
                    return;
                };
                let (Ok(width), Ok(height)) = (usize::try_from(width), usize::try_from(height))
                else {
                    return;
                };
                on_codes(read_codes(width, height, &image.data()));
            }
            Detector::Platform(detector) => {
                let Some(promise) = platform_detect(detector, &self.video) else {
                    return;
                };
                self.busy.set(true);
                let camera = Rc::downgrade(self);
                let on_codes = on_codes.clone();
                yew::platform::spawn_local(async move {
                    let found = JsFuture::from(promise).await;
                    let Some(camera) = camera.upgrade() else {
                        return;
                    };
                    camera.busy.set(false);
                    if camera.stopped.get() {
                        return;
                    }
                    if let Ok(found) = found {
                        on_codes(raw_values(&found));
                    }
                });
            }
        }
    }

    /// Stops reading and turns the camera off, so the browser shows it is
    /// no longer in use.
    fn stop(&self) {
        self.stopped.set(true);
        if let Some(frame) = self.frame.take() {
            let _ = gloo::utils::window().cancel_animation_frame(frame);
        }
        for track in self.stream.get_tracks().iter() {
            track.unchecked_into::<MediaStreamTrack>().stop();
        }
        self.video.set_src_object(None);
        // Dropped here, not inside its own call: stopping is a click, or the
        // page going away, never the loop itself.
        self.tick.borrow_mut().take();
    }
}

/// A property of a JavaScript object, `undefined` where it has none.
fn property(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// The browser's own `BarcodeDetector`, set to read QR codes, where it has
/// one that can (`BarcodeDetector.getSupportedFormats()` names `qr_code`).
/// Found by reflection: web-sys has no binding for it, and most browsers
/// have none at all.
async fn platform_detector() -> Option<JsValue> {
    let class: Function = property(&js_sys::global(), "BarcodeDetector")
        .dyn_into()
        .ok()?;
    let formats: Function = property(&class, "getSupportedFormats").dyn_into().ok()?;
    let formats: Promise = formats.call0(&class).ok()?.dyn_into().ok()?;
    let formats: Array = JsFuture::from(formats).await.ok()?.dyn_into().ok()?;
    let qr_code = JsValue::from_str("qr_code");
    if !formats.includes(&qr_code, 0) {
        return None;
    }
    let options = Object::new();
    Reflect::set(
        &options,
        &JsValue::from_str("formats"),
        &Array::of1(&qr_code),
    )
    .ok()?;
    Reflect::construct(&class, &Array::of1(&options)).ok()
}

/// The platform detector's promise of the codes in the video's frame.
fn platform_detect(detector: &JsValue, video: &HtmlVideoElement) -> Option<Promise> {
    let detect: Function = property(detector, "detect").dyn_into().ok()?;
    detect.call1(detector, video).ok()?.dyn_into().ok()
}

/// The texts of the codes the platform detector found (each one's
/// `rawValue`).
fn raw_values(found: &JsValue) -> Vec<String> {
    Array::from(found)
        .iter()
        .filter_map(|code| property(&code, "rawValue").as_string())
        .collect()
}

/// The `quircs` detector: a canvas of its own, never shown, whose 2D context is
/// read back every frame (so the browser keeps it in memory, not on the
/// graphics card).
fn decoder_detector() -> Option<Detector> {
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    let options = ContextAttributes2d::new();
    options.set_will_read_frequently(true);
    let context = canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()?;
    Some(Detector::Decoder(context))
}

/// What the browser's refusal of the camera means for the teacher, from the
/// error's name.
fn camera_refused(error: &JsValue) -> AttrValue {
    // Read by name, not as a DOMException: WebKit's OverconstrainedError is
    // not one.
    let name = property(error, "name").as_string().unwrap_or_default();
    let why = match name.as_str() {
        "NotAllowedError" | "SecurityError" => {
            "The camera was not allowed. To scan, allow this page to use the camera (in the browser's site settings), then try again."
        }
        "NotFoundError" | "OverconstrainedError" => "No camera was found on this device.",
        "NotReadableError" | "AbortError" => {
            "The camera could not be started: another app or tab may be using it."
        }
        _ => "The camera could not be started.",
    };
    AttrValue::from(format!("{why} {PASTE_INSTEAD}"))
}

/// Why the camera cannot even be asked for here, if it cannot: browsers
/// offer it only to secure pages (https, or this computer's own address).
fn camera_unavailable() -> Option<AttrValue> {
    let window = gloo::utils::window();
    let why = if !window.is_secure_context() {
        "The camera can be used only on a page opened over https."
    } else if property(&property(&window, "navigator"), "mediaDevices").is_undefined() {
        "This browser does not offer a camera to pages."
    } else {
        return None;
    };
    Some(AttrValue::from(format!("{why} {PASTE_INSTEAD}")))
}

/// Asks for the camera, the back one where there is a choice (a phone's
/// faces away from the teacher, toward the students' screens).
async fn open_camera() -> Result<MediaStream, JsValue> {
    let facing = Object::new();
    Reflect::set(&facing, &"ideal".into(), &"environment".into())?;
    let video = Object::new();
    Reflect::set(&video, &"facingMode".into(), &facing)?;
    let constraints = MediaStreamConstraints::new();
    constraints.set_video(&video);
    constraints.set_audio_bool(false);
    let devices = gloo::utils::window().navigator().media_devices()?;
    let stream = JsFuture::from(devices.get_user_media_with_constraints(&constraints)?).await?;
    stream.dyn_into()
}

/// A short beep: higher for a response read, lower for a code that is not
/// one.
fn beep(audio: &AudioContext, tick: &Tick) -> Result<(), JsValue> {
    const LENGTH_S: f64 = 0.12;
    let now = audio.current_time();
    let oscillator = audio.create_oscillator()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(match tick {
        Tick::Response { .. } => 880.0,
        Tick::OtherLink | Tick::NotLink => 220.0,
    });
    let gain = audio.create_gain()?;
    gain.gain().set_value_at_time(0.2, now)?;
    gain.gain()
        .exponential_ramp_to_value_at_time(0.001, now + LENGTH_S)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&audio.destination())?;
    oscillator.start()?;
    oscillator.stop_with_when(now + LENGTH_S)
}

/// Props for [`QrScanner`].
#[derive(Properties, PartialEq)]
pub struct QrScannerProps {
    /// Called with each link read, once per distinct link: a response link,
    /// or another link for the page to say why it is none.
    pub on_read: Callback<String>,
}

/// The button that starts the camera and reads response QR codes one after
/// another, the camera's picture, a Stop button, a way to turn the beep
/// off, and what the scan has read so far.
#[component]
pub fn QrScanner(props: &QrScannerProps) -> Html {
    // The buttons do nothing before the app has taken over the page.
    let mounted = use_mounted();
    let content = use_content();
    let phase = use_state(|| Phase::Idle);
    let detector = use_state(|| None::<&'static str>);
    let status = use_state(AttrValue::default);
    // The last code's mark: how many codes were taken (each new one a new
    // mark), and whether it was a response read.
    let mark = use_state(|| None::<(usize, bool)>);
    let scan = use_mut_ref(Scan::default);
    let camera = use_mut_ref(|| None::<Rc<Camera>>);
    let sound = use_mut_ref(|| true);
    let audio = use_mut_ref(|| None::<AudioContext>);
    // The loop outlives a render: it reads the latest callback from here.
    let on_read = use_mut_ref(|| props.on_read.clone());
    *on_read.borrow_mut() = props.on_read.clone();
    let video = use_node_ref();
    let start_button = use_node_ref();
    let stop_button = use_node_ref();

    // The camera is turned off when the page goes away.
    {
        let camera = camera.clone();
        use_effect_with((), move |()| {
            move || {
                if let Some(camera) = camera.borrow_mut().take() {
                    camera.stop();
                }
            }
        });
    }
    // Focus follows the teacher's click: to Stop once the camera is on,
    // back to the start button once it is off.
    {
        let start_button = start_button.clone();
        let stop_button = stop_button.clone();
        use_effect_with((*phase).clone(), move |phase| {
            let button = match phase {
                Phase::Scanning => stop_button.cast::<HtmlButtonElement>(),
                Phase::Idle => start_button.cast::<HtmlButtonElement>(),
                Phase::Starting | Phase::Failed(_) => None,
            };
            if let Some(button) = button {
                let _ = button.focus();
            }
        });
    }

    let on_codes: OnCodes = {
        let scan = scan.clone();
        let status = status.setter();
        let mark = mark.setter();
        let sound = sound.clone();
        let audio = audio.clone();
        let on_read = on_read.clone();
        Rc::new(move |texts: Vec<String>| {
            for text in texts {
                let Some(tick) = scan.borrow_mut().take(&text, &content.argument) else {
                    continue;
                };
                if tick.is_link() {
                    on_read.borrow().emit(text);
                }
                if *sound.borrow()
                    && let Some(audio) = &*audio.borrow()
                {
                    // A beep that cannot play leaves the visible tick.
                    let _ = beep(audio, &tick);
                }
                let scan = scan.borrow();
                status.set(scan.status().into());
                let response = matches!(scan.last(), Some(Tick::Response { .. }));
                mark.set(Some((scan.taken(), response)));
            }
        })
    };

    let start = {
        let phase = phase.clone();
        let detector = detector.clone();
        let camera = camera.clone();
        let audio = audio.clone();
        let video = video.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(why) = camera_unavailable() {
                phase.set(Phase::Failed(why));
                return;
            }
            // Made on the click, so the browser lets it play.
            if audio.borrow().is_none() {
                *audio.borrow_mut() = AudioContext::new().ok();
            }
            phase.set(Phase::Starting);
            let phase = phase.clone();
            let detector = detector.clone();
            let camera = camera.clone();
            let video = video.clone();
            let on_codes = on_codes.clone();
            yew::platform::spawn_local(async move {
                let stream = match open_camera().await {
                    Ok(stream) => stream,
                    Err(error) => {
                        phase.set(Phase::Failed(camera_refused(&error)));
                        return;
                    }
                };
                let chosen = match platform_detector().await {
                    Some(detector) => Some(Detector::Platform(detector)),
                    None => decoder_detector(),
                };
                let (Some(element), Some(chosen)) = (video.cast::<HtmlVideoElement>(), chosen)
                else {
                    for track in stream.get_tracks().iter() {
                        track.unchecked_into::<MediaStreamTrack>().stop();
                    }
                    phase.set(Phase::Failed(AttrValue::from(format!(
                        "The camera's picture could not be read in this browser. {PASTE_INSTEAD}"
                    ))));
                    return;
                };
                element.set_muted(true);
                element.set_src_object(Some(&stream));
                if let Ok(playing) = element.play() {
                    // A video that will not play shows no frames, and the
                    // loop then reads none; the Stop button still works.
                    let _ = JsFuture::from(playing).await;
                }
                detector.set(Some(chosen.name()));
                let started = Rc::new(Camera {
                    stream,
                    video: element,
                    detector: chosen,
                    stopped: Cell::new(false),
                    busy: Cell::new(false),
                    last_read: Cell::new(f64::NEG_INFINITY),
                    frame: Cell::new(None),
                    tick: RefCell::new(None),
                });
                started.run(on_codes);
                *camera.borrow_mut() = Some(started);
                phase.set(Phase::Scanning);
            });
        })
    };
    let stop = {
        let phase = phase.clone();
        let camera = camera.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(camera) = camera.borrow_mut().take() {
                camera.stop();
            }
            phase.set(Phase::Idle);
        })
    };
    let toggle_sound = {
        let sound = sound.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            *sound.borrow_mut() = input.checked();
        })
    };

    let scanning = *phase == Phase::Scanning;
    let message = match &*phase {
        Phase::Failed(why) => why.clone(),
        Phase::Starting => AttrValue::from("Starting the camera…"),
        Phase::Scanning if mark.is_none() => {
            AttrValue::from("Hold a response QR code up to the camera.")
        }
        _ => (*status).clone(),
    };
    html! {
        <div class="qr-scanner" data-detector={detector.map(AttrValue::from)}>
            <p class="qr-scanner__buttons">
                <button type="button" class="button button--primary" ref={start_button}
                    disabled={!mounted || scanning || *phase == Phase::Starting} onclick={start}>
                    { "Scan response QR codes" }
                </button>
                <button type="button" class="button" ref={stop_button} hidden={!scanning} onclick={stop}>
                    { "Stop" }
                </button>
                <label class="qr-scanner__sound">
                    <input type="checkbox" checked={*sound.borrow()} disabled={!mounted} onchange={toggle_sound} />
                    { " Beep for each code" }
                </label>
            </p>
            <p class="qr-scanner__hint">
                { "Each student holds up the QR code of their response link; each code is read once, with a tick and a beep, and its link is added to the box below. Nothing is sent anywhere: the camera's pictures stay on this device." }
            </p>
            // In the page from the first render, so that screen readers say
            // each new tick.
            <p class="qr-scanner__status" role="status" aria-live="polite">
                if let Some((taken, response)) = *mark {
                    // Keyed by the codes taken, so each new one restarts its
                    // flash: a tick for a response, a cross for anything else.
                    <span key={taken.to_string()} aria-hidden="true"
                        class={classes!("qr-scanner__tick", (!response).then_some("qr-scanner__tick--none"))}>
                        { if response { "✓" } else { "✗" } }
                    </span>
                }
                { message }
            </p>
            <video class="qr-scanner__video" ref={video} hidden={!scanning} playsinline=true aria-label="What the camera sees" />
        </div>
    }
}
