//! `cargo run -p check -- [DIR]` (`make check`): checks a content folder
//! (`content/` unless another is given), prints every diagnostic and a
//! summary, and exits non-zero if any is an error. Colour only on a
//! terminal, and never where `NO_COLOR` is set.

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
    eprint!("{}", check::output(&dir, &report, colour));
    if report.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
