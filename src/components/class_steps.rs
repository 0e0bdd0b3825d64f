//! The class's answers on each step students were asked to judge, as a
//! table: how many found it convincing, were not sure, found it not
//! convincing, or did not answer, and, in a group of columns set apart, how
//! much they said it bears on the answer. The two sides, the steps pointing
//! toward the outcome and those pointing against it, are set apart, as the
//! verdict page sets them, and never added together. On a narrow screen the table scrolls sideways
//! in its own region, with a hint above it that says so.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::use_content;
use crate::route::Route;
use model::side::Side;
use model::{ClassTally, Conviction, StepTally, Weight};

/// The id of the table's caption, which names the region it scrolls in.
const CAPTION_ID: &str = "class-steps-caption";

/// Props for [`ClassSteps`].
#[derive(Properties, PartialEq)]
pub struct ClassStepsProps {
    /// The class's answers, as read.
    pub tally: Rc<ClassTally>,
}

/// A column of counts: those who gave one answer on whether a step
/// convinces them (`None`: no answer), or said it bears on the answer by one
/// weight.
#[derive(Clone, Copy)]
enum Column {
    /// Those who gave this answer on whether it convinces them, or none.
    Conviction(Option<Conviction>),
    /// Those who said it bears on the answer this much.
    Weight(Weight),
}

impl Column {
    /// Every column, in the order shown: the answers as the step offers them,
    /// no answer, then the weights, least first.
    fn all() -> impl Iterator<Item = Column> {
        Conviction::ALL
            .into_iter()
            .map(Some)
            .chain([None])
            .map(Column::Conviction)
            .chain(Weight::ALL.into_iter().map(Column::Weight))
    }

    /// The column's heading.
    fn heading(self) -> String {
        match self {
            Column::Conviction(Some(conviction)) => conviction.label().to_owned(),
            Column::Conviction(None) => "Not answered".to_owned(),
            Column::Weight(weight) => format!("Bears {}", weight.label().to_lowercase()),
        }
    }

    /// The column's classes: the first of the weights is set apart from the
    /// judgements before it by a rule on its left.
    fn class(self) -> Classes {
        match self {
            Column::Weight(weight) if weight == Weight::ALL[0] => {
                classes!("class-steps__count", "class-steps__weights-start")
            }
            Column::Weight(_) | Column::Conviction(_) => classes!("class-steps__count"),
        }
    }

    /// The column's count for one step.
    fn count(self, step: &StepTally) -> u32 {
        match self {
            Column::Conviction(Some(Conviction::Convincing)) => step.convinced,
            Column::Conviction(Some(Conviction::NotSure)) => step.unsure,
            Column::Conviction(Some(Conviction::NotConvincing)) => step.unconvinced,
            Column::Conviction(None) => step.unanswered,
            Column::Weight(weight) => step
                .weights
                .iter()
                .find(|&&(each, _)| each == weight)
                .map_or(0, |&(_, count)| count),
        }
    }
}

/// Each step students were asked to judge, with the class's answers on it.
#[component]
pub fn ClassSteps(props: &ClassStepsProps) -> Html {
    let content = use_content();
    let argument = &content.argument;
    let steps = props.tally.steps(argument);
    // The step's own column, then the counts.
    let span = (Column::all().count() + 1).to_string();
    let judgements = Column::all()
        .filter(|column| matches!(column, Column::Conviction(_)))
        .count();
    let weights = Column::all().count() - judgements;
    html! {
        <section aria-labelledby="class-steps-title" class="class-section">
            <h2 id="class-steps-title">{ "Each step, by which way it points" }</h2>
            <p>{ "How many gave each answer on each step students were asked to judge. Bears a little, somewhat and a lot count those who also said how much the step bears on the answer. Steps that point opposite ways are never added together." }</p>
            // Shown on narrow screens only (class.css), where the table is
            // wider than the page.
            <p class="class-scroll-hint">{ "Scroll sideways to see every column." }</p>
            <div class="class-scroll" role="region" tabindex="0" aria-labelledby={CAPTION_ID}>
                <table class="class-steps">
                    <caption id={CAPTION_ID}>{ "The class's answers on each step" }</caption>
                    <colgroup>
                        <col />
                    </colgroup>
                    <colgroup span={judgements.to_string()} />
                    <colgroup class="class-steps__weights" span={weights.to_string()} />
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{ "Step" }</th>
                            <th scope="colgroup" colspan={judgements.to_string()}>{ "Judgement" }</th>
                            <th scope="colgroup" colspan={weights.to_string()} class="class-steps__weights-start">{ "How much it bears on the answer" }</th>
                        </tr>
                        <tr>
                            { for Column::all().map(|column| html! { <th scope="col" class={column.class()}>{ column.heading() }</th> }) }
                        </tr>
                    </thead>
                    { for Side::both(argument).into_iter().map(|side| {
                        let direction = side.direction;
                        let pointing: Vec<&StepTally> = steps.iter().filter(|step| step.direction == direction).collect();
                        if pointing.is_empty() {
                            return Html::default();
                        }
                        html! {
                            <tbody class={classes!("class-steps__group", format!("class-steps__group--{}", direction.slug()))}>
                                <tr><th scope="rowgroup" colspan={span.clone()} class="class-steps__direction">{ side.heading(pointing.len()) }</th></tr>
                                { for pointing.into_iter().map(|tallied| {
                                    let step = &argument[tallied.step];
                                    html! {
                                        <tr>
                                            <th scope="row">
                                                <RouteLink to={Route::step(&step.id)}>{ argument.label(tallied.step) }</RouteLink>
                                            </th>
                                            { for Column::all().map(|column| html! { <td class={column.class()}>{ column.count(tallied) }</td> }) }
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        }
                    }) }
                </table>
            </div>
        </section>
    }
}
