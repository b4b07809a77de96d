//! What the question coach knows of German: a rule table of its own (German asks
//! yes/no questions verb-first and open ones with a W-word, and hides advice in
//! "Hast du schon mal überlegt …" and "Wäre es nicht besser …"), its word classes,
//! lead-ins, and the labelled questions its fallback model learns from.

mod classes;
mod rules;
mod words;

use super::language::Tables;

pub(crate) const GERMAN: Tables = Tables {
    rules: rules::RULES,
    classes: classes::CLASSES,
    joiners: words::JOINERS,
    hedges: words::HEDGES,
    real_words: words::REAL_WORDS,
    // Authors A and C. Author B's set (de_independent.tsv) measures the coach and
    // is never learnt from or tuned on.
    training: &[
        include_str!("../../../../../tests/fixtures/questions/de_dev.tsv"),
        include_str!("../../../../../tests/fixtures/questions/de_dev_c.tsv"),
    ],
};
