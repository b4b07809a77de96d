//! Dates people type and groups keep: due dates after a commitment, in English and
//! German, and how often a group meets.

pub mod due;
mod due_days;
mod due_english;
mod due_german;
pub mod every;
