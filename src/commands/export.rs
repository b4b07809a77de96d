//! `circle export ics`: open commitments as calendar entries, one all-day event on
//! each due date, so members can put them in their own calendars.

use std::io::Write;
use std::path::Path;

use icalendar::{Calendar, Component, EventLike};

use crate::commands::CliError;
use crate::notes::GroupDir;
use crate::notes::group::check_name;

pub fn ics_command(data: &Path, group: &str, output: Option<&Path>, out: &mut dyn Write) -> Result<(), CliError> {
    check_name(group)?;
    let dir = GroupDir::new(data, group);
    let g = dir.load(group)?;
    let (memory, problems) = dir.memory();
    for p in problems {
        eprintln!("warning: {p}");
    }
    let mut cal = Calendar::new();
    cal.name(&format!("{} — commitments", g.name));
    for open in memory.open_commitments() {
        let c = &open.commitment;
        let mut description = format!("Committed at the {} meeting of {}.", open.made, g.name);
        if let Some(b) = &c.buddy {
            description.push_str(&format!(" Accountability buddy: {b}."));
        }
        let event = icalendar::Event::new()
            .uid(&format!("{}@circle", c.id))
            .summary(&format!("{}: {}", c.owner, c.text))
            .description(&description)
            .all_day(c.due)
            .done();
        cal.push(event);
    }
    let text = cal.done().to_string();
    match output {
        Some(path) => {
            crate::store::write_atomic(path, text.as_bytes())?;
            Ok(())
        }
        None => out.write_all(text.as_bytes()).map_err(CliError::from),
    }
}
