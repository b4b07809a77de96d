//! `circle questions check`: practise turning closed questions and advice into
//! powerful, open ones.

use std::io::Write;

use crate::cli::Format;
use crate::coach::{CoachLanguage, Purpose, check_in};
use crate::commands::CliError;
use crate::i18n::Lang;
use crate::safe_text::printable;

pub fn check_command(
    questions: &[String],
    clarifying: bool,
    language: Lang,
    format: Format,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    if let Some(n) = questions.iter().position(|q| q.trim().is_empty()) {
        return Err(CliError::BadInput(crate::t!("cmd-questions-empty", n = n + 1)));
    }
    let purpose = if clarifying { Purpose::Clarify } else { Purpose::Explore };
    // The coach's rules exist for some languages only; judging questions in
    // another with English rules would give confident nonsense.
    let Some(coach) = CoachLanguage::for_tag(Some(language.tag())) else {
        return Err(CliError::BadInput(crate::t!(
            "cmd-questions-no-coach",
            lang = language.tag()
        )));
    };
    let check_all = || {
        questions
            .iter()
            .map(|q| check_in(q, purpose, coach))
            .collect::<Vec<_>>()
    };
    // The hint is for people, in the language chosen (`--lang`), in JSON too; the
    // verdict and basis keys stay the same words for scripts.
    let checks = check_all();
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, &checks)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
        Format::Text => checks.iter().try_for_each(|c| {
            writeln!(out, "{:<11}  {}", verdict_text(c.verdict), printable(&c.question))?;
            writeln!(out, "             {}", printable(&c.hint))
        }),
    };
    Ok(written?)
}

/// The verdict as text output names it; its key stays what JSON says.
fn verdict_text(v: crate::coach::Verdict) -> String {
    use crate::coach::Verdict;
    match v {
        Verdict::Open => crate::t!("cmd-questions-open"),
        Verdict::Closed => crate::t!("cmd-questions-closed"),
        Verdict::Advice => crate::t!("cmd-questions-advice"),
        Verdict::Judgemental => crate::t!("cmd-questions-judgemental"),
    }
}
