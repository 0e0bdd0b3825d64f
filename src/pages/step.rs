//! One step of the argument: where it stands, its title and claim, then its
//! expandable sections and Previous/Next, with the list of steps after it
//! (beside it on a wide screen), under the assignment the student follows,
//! if any.

use yew::prelude::*;

use crate::components::assignment_banner::AssignmentBanner;
use crate::components::claim::claim;
use crate::components::disclosure::disclosure;
use crate::components::marked_text::Marks;
use crate::components::route_link::RouteLink;
use crate::components::section_body::section_body;
use crate::components::step_judgement::StepJudgement;
use crate::components::step_list::step_list;
use crate::components::step_pager::step_pager;
use crate::hooks::{use_content, use_page_heading, use_progress, use_step_keys};
use crate::route::Route;
use crate::router::use_navigator;
use model::{ProgressAction, StepIndex, StepKind, page_id};

/// Props for [`StepPage`].
#[derive(Properties, PartialEq)]
pub struct StepPageProps {
    /// The step.
    pub index: StepIndex,
}

/// The page of one step.
#[component]
pub fn StepPage(props: &StepPageProps) -> Html {
    let content = use_content();
    let progress = use_progress();
    let steps = content.argument.steps();
    let step = &content.argument[props.index];
    let id = step.id.clone();

    let heading = use_page_heading(Route::step(&id).title(content));
    let role = content.map.role(props.index);
    use_step_keys();
    {
        let progress = progress.clone();
        use_effect_with(id.clone(), move |id| {
            progress.dispatch(ProgressAction::Visit(id.clone()))
        });
    }

    let dispatch = |action: ProgressAction| {
        let progress = progress.clone();
        Callback::from(move |_: MouseEvent| progress.dispatch(action.clone()))
    };
    // Each glossary term is marked once on the page, where our prose first uses it.
    let first_uses = {
        let content = content.clone();
        use_memo(props.index, move |&index| content.step_first_uses(index))
    };
    let glossary = use_navigator().href(&Route::Glossary, None);
    let marks = Marks {
        first_uses: &first_uses,
        glossary: &glossary,
    };
    let sections = step.page_sections().map(|kind| {
        let on_toggle = {
            let progress = progress.clone();
            Callback::from(move |open| progress.dispatch(ProgressAction::SetOpen(kind, open)))
        };
        disclosure(
            page_id::section(&id, kind),
            kind,
            progress.is_open(kind),
            on_toggle,
            section_body(props.index, kind, &marks),
        )
    });

    html! {
        <>
        <AssignmentBanner step={props.index} />
        <div class="step-layout">
            <article class="step" aria-labelledby="step-title">
                <p class="step__position">
                    <span id="step-position">{ content.argument.position(props.index) }</span>
                    <progress class="step__position-bar" aria-labelledby="step-position" max={steps.len().to_string()} value={props.index.number().to_string()}></progress>
                </p>
                // Named in so many words: the role stands on a line of its own,
                // which a name read off the content would part from the title
                // with a stray space ("… : Even").
                <h1 id="step-title" class="step__title" tabindex="-1" ref={heading} aria-label={role.as_ref().map(|role| format!("{role}: {}", step.title))}>
                    if let Some(role) = &role {
                        <span class="step__role">{ role }<span class="visually-hidden" aria-hidden="true">{ ": " }</span></span>
                    }
                    { step.title }
                </h1>
                { claim(step.claim, &page_id::claim_place(&step.id), &marks) }
                <p class="step__where">
                    <RouteLink to={Route::Map} fragment={AttrValue::from(page_id::map_box(&step.id))}>{ "See where it stands on the argument map" }</RouteLink>
                </p>
                // Before the app has started, `index.html`'s start-up script
                // works these by their `data-sections`; with JavaScript off
                // they are not shown.
                <div class="step__tools">
                    <button type="button" class="button" data-sections="open" onclick={dispatch(ProgressAction::ExpandAll)}>{ "Expand all" }</button>
                    <button type="button" class="button" data-sections="closed" onclick={dispatch(ProgressAction::CollapseAll)}>{ "Collapse all" }</button>
                </div>
                { for sections }
                if step.kind.is_judged() {
                    <StepJudgement step={props.index} />
                }
                if step.kind == StepKind::Conclusion {
                    <p class="step__verdict">
                        <RouteLink to={Route::Verdict}>{ "See your verdict beside the essay's" }</RouteLink>
                    </p>
                }
                { step_pager(props.index) }
            </article>
            { step_list(Some(props.index), &progress) }
        </div>
        </>
    }
}
