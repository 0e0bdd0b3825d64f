//! A checked content folder written out as Rust: one expression that builds
//! the model's `content::Baked` (the essay, the argument, the glossary, the
//! site's words and the namespace of its storage keys, [`namespace`])
//! from string literals and slices, which `model/build.rs` writes to its
//! `OUT_DIR` and the model includes as a static. The app then reads the
//! content as it is, with no parser, no deserialising and no checker in the
//! WebAssembly. The code names the model's types by their paths, so a field
//! the model adds, drops or renames is a compile error of the model's build,
//! never content quietly left out.
//!
//! This crate does not depend on the model (the model's build depends on
//! it), so the names here are checked only by that compile.

use std::fmt::{self, Write};

use crate::document::{
    Argument, Document, Essay, Evidence, Passage, Quote, Reply, Site, Step, StepKind, Term,
};

/// The Rust expression of the model's `crate::content::Baked` that holds
/// `document`, which has been checked: every value is written as it was read.
pub fn bake(document: &Document) -> String {
    let mut out = String::new();
    Baker { out: &mut out }
        .document(document)
        .expect("writing to a String never fails");
    out
}

/// The namespace of the keys a reader's state is stored under in the
/// browser, from the site's name (`site.toml`'s `name`): its letters and
/// digits in lower case, each run of anything else one hyphen
/// ("Russia and the West: an explainer" gives
/// `russia-and-the-west-an-explainer`). Browser storage is shared by every
/// page of an origin, so two explainers of different essays on one origin
/// must not share keys; the same essay keeps its name, and its keys, at any
/// address. A name with no letter or digit gives `explainer`.
fn namespace(name: &str) -> String {
    let mut namespace = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            namespace.push(c);
        } else if !namespace.is_empty() && !namespace.ends_with('-') {
            namespace.push('-');
        }
    }
    let namespace = namespace.trim_end_matches('-');
    if namespace.is_empty() {
        "explainer".to_owned()
    } else {
        namespace.to_owned()
    }
}

/// Writes the expression, a field or an item a line.
struct Baker<'a> {
    out: &'a mut String,
}

impl Baker<'_> {
    fn document(&mut self, document: &Document) -> fmt::Result {
        writeln!(self.out, "crate::content::Baked {{")?;
        write!(self.out, "essay: ")?;
        self.essay(&document.essay)?;
        write!(self.out, ",\nargument: ")?;
        self.argument(&document.argument, document)?;
        write!(self.out, ",\nglossary: ")?;
        self.glossary(&document.glossary)?;
        write!(self.out, ",\nsite: ")?;
        self.site(&document.site)?;
        write!(
            self.out,
            ",\nnamespace: {:?}",
            namespace(&document.site.name)
        )?;
        writeln!(self.out, ",\n}}")
    }

    fn essay(&mut self, essay: &Essay) -> fmt::Result {
        write!(self.out, "crate::essay::Essay {{\ntitle: ")?;
        self.passage(&essay.title)?;
        write!(self.out, ",\nparagraphs: ")?;
        self.slice(&essay.paragraphs, Self::passage)?;
        write!(self.out, ",\n}}")
    }

    fn passage(&mut self, passage: &Passage) -> fmt::Result {
        write!(
            self.out,
            "crate::essay::Passage {{ id: {:?}, text: {:?} }}",
            passage.id, passage.text
        )
    }

    fn argument(&mut self, argument: &Argument, document: &Document) -> fmt::Result {
        write!(self.out, "crate::argument::Argument {{\nsteps: ")?;
        self.slice(&argument.steps, Self::step)?;
        // The answer stands at one of the scale's points, named by its id;
        // the model knows the points by their place on the scale.
        let points = &document.site.scale.points;
        let point = points
            .iter()
            .position(|point| point.id == argument.answer.point)
            .expect("the checker finds the answer's point on the scale");
        write!(
            self.out,
            ",\nanswer: crate::argument::EssayAnswer {{\npoint: crate::point::Point::ALL[{point}],\nwords: "
        )?;
        self.slice(&argument.answer.words, Self::quote)?;
        let provenance = &argument.provenance;
        write!(
            self.out,
            ",\n}},\nprovenance: crate::argument::Provenance {{\npublished_on: {:?},\nauthor: ",
            provenance.published_on
        )?;
        self.option(provenance.author.as_deref())?;
        write!(self.out, ",\ndate: ")?;
        self.option(provenance.date.as_deref())?;
        write!(self.out, ",\nleft_out: ")?;
        self.option(provenance.left_out.as_deref())?;
        write!(self.out, ",\n}},\n}}")
    }

    fn step(&mut self, step: &Step) -> fmt::Result {
        write!(
            self.out,
            "crate::step::Step {{\nid: crate::step::StepId::of_content({:?}),\nkind: crate::step::StepKind::{},\ntitle: {:?},\nclaim: {:?},\nquotes: ",
            step.id,
            kind(step.kind),
            step.title,
            step.claim
        )?;
        self.slice(&step.quotes, Self::quote)?;
        write!(
            self.out,
            ",\nplain: {:?},\nwhy: {:?},\nevidence: ",
            step.plain, step.why
        )?;
        self.slice(&step.evidence, Self::evidence)?;
        write!(self.out, ",\nprobes: ")?;
        self.slice(&step.questions, |baker, probe| {
            write!(baker.out, "{probe:?}")
        })?;
        write!(self.out, ",\nreplies_to: ")?;
        match &step.replies_to {
            Some(reply) => self.reply(reply)?,
            None => write!(self.out, "None")?,
        }
        write!(self.out, ",\n}}")
    }

    fn quote(&mut self, quote: &Quote) -> fmt::Result {
        write!(
            self.out,
            "crate::step::Quote {{ passage: {:?}, text: {:?} }}",
            quote.passage, quote.text
        )
    }

    fn evidence(&mut self, evidence: &Evidence) -> fmt::Result {
        write!(
            self.out,
            "crate::step::Evidence {{ passage: {:?}, text: {:?}, note: {:?} }}",
            evidence.passage, evidence.text, evidence.note
        )
    }

    fn reply(&mut self, reply: &Reply) -> fmt::Result {
        write!(
            self.out,
            "Some(crate::step::Reply {{ step: crate::step::StepId::of_content({:?}), words: {:?} }})",
            reply.step, reply.words
        )
    }

    fn glossary(&mut self, terms: &[Term]) -> fmt::Result {
        write!(self.out, "crate::glossary::Glossary {{\nterms: ")?;
        self.slice(terms, |baker, term| {
            write!(
                baker.out,
                "crate::glossary::Term {{\nid: {:?},\nheadword: {:?},\nmatches: ",
                term.id, term.headword
            )?;
            baker.slice(&term.matches, |baker, form| write!(baker.out, "{form:?}"))?;
            write!(baker.out, ",\ndefinition: {:?},\n}}", term.definition)
        })?;
        write!(self.out, ",\n}}")
    }

    fn site(&mut self, site: &Site) -> fmt::Result {
        writeln!(self.out, "crate::site::Site {{")?;
        for (field, text) in [
            ("name", &site.name),
            ("short_name", &site.short_name),
            ("question", &site.question),
            ("outcome", &site.outcome),
            ("whether", &site.whether),
            ("outline", &site.outline),
            ("map_intro", &site.map_intro),
        ] {
            writeln!(self.out, "{field}: {text:?},")?;
        }
        for (field, text) in [
            ("title_note", &site.title_note),
            ("condition", &site.condition),
        ] {
            write!(self.out, "{field}: ")?;
            self.option(text.as_deref())?;
            writeln!(self.out, ",")?;
        }
        let directions = &site.directions;
        writeln!(
            self.out,
            "directions: crate::site::Directions {{ toward: {:?}, against: {:?} }},",
            directions.toward, directions.against
        )?;
        let scale = &site.scale;
        writeln!(self.out, "scale: crate::site::Scale {{")?;
        for (field, text) in [
            ("before", &scale.before),
            ("after", &scale.after),
            ("ask", &scale.ask),
            ("ask_now", &scale.ask_now),
            ("verdict_ask", &scale.verdict_ask),
            ("axis", &scale.axis),
            ("class_axis", &scale.class_axis),
            ("more", &scale.more),
            ("less", &scale.less),
            ("above_middle", &scale.above_middle),
            ("below_middle", &scale.below_middle),
            ("tension", &scale.tension),
        ] {
            writeln!(self.out, "{field}: {text:?},")?;
        }
        write!(self.out, "points: ")?;
        self.slice(&scale.points, |baker, point| {
            write!(
                baker.out,
                "crate::site::ScalePoint {{ id: {:?}, label: {:?} }}",
                point.id, point.label
            )
        })?;
        writeln!(
            self.out,
            ",\n}},\ndescriptions: crate::site::Descriptions {{"
        )?;
        let descriptions = &site.descriptions;
        for (field, text) in [
            ("start", &descriptions.start),
            ("map", &descriptions.map),
            ("essay", &descriptions.essay),
            ("glossary", &descriptions.glossary),
            ("verdict", &descriptions.verdict),
            ("shared_verdict", &descriptions.shared_verdict),
            ("manifest", &descriptions.manifest),
        ] {
            writeln!(self.out, "{field}: {text:?},")?;
        }
        let cards = &site.cards;
        write!(
            self.out,
            "}},\ncards: crate::site::Cards {{ verdict: {:?}, shared_verdict_kicker: {:?}, shared_verdict: {:?} }},\n}}",
            cards.verdict, cards.shared_verdict_kicker, cards.shared_verdict
        )
    }

    /// `&[…]`, each item written by `item` on a line of its own.
    fn slice<T>(
        &mut self,
        items: &[T],
        mut item: impl FnMut(&mut Self, &T) -> fmt::Result,
    ) -> fmt::Result {
        write!(self.out, "&[")?;
        for value in items {
            writeln!(self.out)?;
            item(self, value)?;
            write!(self.out, ",")?;
        }
        write!(self.out, "\n]")
    }

    fn option(&mut self, text: Option<&str>) -> fmt::Result {
        match text {
            Some(text) => write!(self.out, "Some({text:?})"),
            None => write!(self.out, "None"),
        }
    }
}

/// The model's name for a kind of step: its variant of `StepKind`.
fn kind(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Question => "Question",
        StepKind::Definition => "Definition",
        StepKind::Concession => "Concession",
        StepKind::ReasonFor => "ReasonFor",
        StepKind::ReasonAgainst => "ReasonAgainst",
        StepKind::Conclusion => "Conclusion",
        StepKind::Condition => "Condition",
    }
}

#[cfg(test)]
mod tests {
    use super::namespace;

    #[test]
    fn a_namespace_is_the_names_letters_and_digits_in_lower_case() {
        assert_eq!(
            namespace("Russia and the West: an explainer"),
            "russia-and-the-west-an-explainer"
        );
        assert_eq!(
            namespace("Free buses: an explainer"),
            "free-buses-an-explainer"
        );
        assert_eq!(
            namespace("  Will they part? An explainer "),
            "will-they-part-an-explainer"
        );
        assert_eq!(namespace("Россия – Запад"), "россия-запад");
        assert_eq!(namespace("?!"), "explainer");
    }
}
