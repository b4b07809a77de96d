//! `circle questions check`: practise turning closed questions and advice into
//! powerful, open ones.

use std::io::Write;

use crate::cli::Format;
use crate::commands::CliError;
use crate::notes::classify::check;
use crate::safe_text::printable;

pub fn check_command(questions: &[String], format: Format, out: &mut dyn Write) -> Result<(), CliError> {
    let checks: Vec<_> = questions.iter().map(|q| check(q)).collect();
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, &checks)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
        Format::Text => checks.iter().try_for_each(|c| {
            writeln!(out, "{:<6}  {}", c.verdict.key(), printable(&c.question))?;
            writeln!(out, "        {}", c.hint)
        }),
    };
    Ok(written?)
}
