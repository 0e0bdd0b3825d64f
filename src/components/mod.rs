//! The widgets the pages are made of. One exported component per file; a
//! component only its file's own uses (a row, a box) may sit beside it.
//! They read the model and dispatch actions; they hold no rules of their own.

pub mod answering;
pub mod assignment_banner;
pub mod beside;
pub mod choice_group;
pub mod claim;
pub mod class_estimates;
pub mod class_form;
pub mod class_projector;
pub mod class_reasons;
pub mod class_results;
pub mod class_roster;
pub mod class_steps;
pub mod class_students;
pub mod disclosure;
pub mod essay_passage;
pub mod estimate_choice;
pub mod glossary_term;
pub mod link_field;
pub mod map_box;
pub mod marked_text;
pub mod name_field;
pub mod own_verdict;
pub mod qr_code;
pub mod qr_scanner;
pub mod reason_field;
pub mod route_link;
pub mod section_body;
pub mod shared_verdict;
pub mod site_header;
pub mod skip_link;
pub mod source_label;
pub mod step_judgement;
pub mod step_list;
pub mod step_pager;
pub mod summary_view;
pub mod verdict_charts;
