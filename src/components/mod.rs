//! The explainer's components, one per file. They read the model and
//! dispatch actions; they hold no rules of their own.

pub mod choice_group;
pub mod claim;
pub mod disclosure;
pub mod essay_page;
pub mod glossary_page;
pub mod glossary_term;
pub mod likelihood_question;
pub mod map_page;
pub mod marked_text;
pub mod not_found;
pub mod reason_judgement;
pub mod route_link;
pub mod section_body;
pub mod site_header;
pub mod skip_link;
pub mod start_page;
pub mod step_list;
pub mod step_page;
pub mod step_pager;
pub mod verdict_page;
pub mod whole_argument;
