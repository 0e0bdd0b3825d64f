//! `make new ESSAY=essay.txt DIR=folder`: drafts a content folder from a
//! plain text essay ([`check::new`]), then says what is next.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let [essay, dir] = args.as_slice() else {
        eprintln!("usage: new ESSAY DIR (make new ESSAY=essay.txt DIR=folder)");
        return ExitCode::from(2);
    };
    let dir = Path::new(dir);
    match check::new::create(Path::new(essay), dir) {
        Ok(created) => {
            let dir = dir.display();
            for note in &created.notes {
                println!("{note}");
            }
            println!(
                "Wrote {dir}/, a draft of the essay {}:\n  \
                 essay.txt      the title and {} paragraphs, one line each\n  \
                 argument.toml  {} steps: the question, then one per paragraph, quoting its sentences\n  \
                 glossary.toml  no terms yet\n  \
                 site.toml      the site's name, question, scale and previews, to write\n  \
                 hedges.toml    no hedges yet: the essay's qualifiers our sentences must keep\n\n\
                 Next:\n  \
                 make check CONTENT={dir}   lists what is left to write\n  \
                 make serve CONTENT={dir}   shows the draft at http://127.0.0.1:8080/, rebuilt on every save",
                created.title, created.paragraphs, created.steps
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
