//! `cargo run -p check -- [DIR]`: checks a content folder (`content/` unless
//! another is given), prints every diagnostic and a summary, and exits
//! non-zero if any is an error.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("content"), PathBuf::from);
    let (_, report) = check::check(&dir);
    let colour = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty());
    eprint!("{}", report.render(colour));
    if report.has_errors() {
        eprintln!("{}: {}", dir.display(), report.summary());
        ExitCode::FAILURE
    } else {
        match report.warnings() {
            0 => eprintln!("{}: every rule holds", dir.display()),
            _ => eprintln!("{}: {}, the site builds", dir.display(), report.summary()),
        }
        ExitCode::SUCCESS
    }
}
