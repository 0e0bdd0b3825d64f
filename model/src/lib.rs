//! The explainer's model: the essay and the argument map, the reader's
//! progress and answers, the links that carry them, and the classroom kit's
//! assignments, responses and class tally. Plain Rust, tested natively; it
//! knows nothing of yew or the DOM.

pub mod answers;
pub mod argument;
pub mod assignment;
pub mod base32;
pub mod choice;
pub mod class;
pub mod content;
pub mod essay;
#[cfg(any(test, feature = "test-support"))]
#[doc(hidden)]
pub mod fixture;
pub mod follow;
pub mod glossary;
pub mod judgement;
pub mod link;
pub mod map;
pub mod name;
pub mod page_id;
pub mod paste;
pub mod point;
pub mod progress;
pub mod response;
pub mod saved;
pub mod scan;
pub mod section;
pub mod share;
pub mod side;
pub mod site;
pub mod slug;
pub mod step;
pub mod student;
pub mod summary;
pub mod text;
pub mod turn;

pub use answers::{AnswerAction, Answers};
pub use argument::{Argument, EssayAnswer, Provenance, StepIndex};
pub use assignment::{
    ASSIGNMENT_VERSION, Assignment, AssignmentError, AssignmentId, AssignmentProblem,
    MAX_PROMPT_CHARS,
};
pub use choice::Choice;
pub use class::statistics::{Shifts, StepTally, Tensions};
pub use class::{ClassTally, EstimateTime};
pub use content::{Content, ESSAY_FILE, EssayRun};
pub use essay::{Essay, Gaps, Passage};
pub use follow::{FollowAction, Followed, Following};
pub use glossary::{FirstUses, Glossary, Segment, Term, TermIndex};
pub use judgement::{Conviction, Judgement, Weight};
pub use map::{ArgumentMap, BoxPlace, Relation, reply_path};
pub use name::{MAX_NAME_CHARS, NameError};
pub use paste::{LinkError, MAX_LINKS, Pasted, Refusal};
pub use point::Point;
pub use progress::{Progress, ProgressAction};
pub use response::{
    MAX_REASON_CHARS, MAX_VIEW_REASON_CHARS, RESPONSE_VERSION, Response, ResponseError,
    ResponseProblem,
};
pub use saved::Saved;
pub use section::SectionKind;
pub use share::{ShareError, Shared};
pub use side::Side;
pub use site::Site;
pub use step::{Direction, Evidence, Quote, Reply, Step, StepId, StepKind};
pub use student::{Start, StartId};
pub use summary::{Average, JudgedAnswer, Lean, Summary, Tally, Tension};
pub use turn::{Destination, Turn};
