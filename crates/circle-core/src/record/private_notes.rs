//! The facilitator's private notes (typed with a leading `!`): the meeting's record
//! in memory keeps them marked private; the summary and the record file, which a
//! shared group's laptops receive, never hold them.
//! They are written instead to a file of their own beside it,
//! `<meeting id>.private.md`, so sharing the summary can never share them.

use std::borrow::Cow;
use std::fmt::Write;

use crate::record::Record;
use crate::record::summary::inline;

/// The record as the group may read it: without the private notes.
pub fn shared(r: &Record) -> Cow<'_, Record> {
    if !r.notes.iter().any(|n| n.private) {
        return Cow::Borrowed(r);
    }
    let mut shared = r.clone();
    shared.notes.retain(|n| !n.private);
    Cow::Owned(shared)
}

/// The private file's name beside the summary of the meeting `stem`.
pub fn file_name(stem: &str) -> String {
    format!("{stem}.private.md")
}

/// The private notes as Markdown, or `None` when there are none.
pub fn markdown(r: &Record) -> Option<String> {
    let notes: Vec<_> = r.notes.iter().filter(|n| n.private).collect();
    if notes.is_empty() {
        return None;
    }
    let mut md = String::new();
    let title = r.group.as_deref().unwrap_or(&r.protocol_name);
    let when = crate::i18n::dates::long_date_time(&r.started);
    let _ = writeln!(
        md,
        "# {} — {}\n",
        crate::t!("private-title", meeting = inline(title)),
        when
    );
    let _ = writeln!(md, "*{}*\n", crate::t!("private-not-shared"));
    for n in notes {
        let _ = writeln!(
            md,
            "- {} *({}, {})*",
            inline(&n.text),
            n.at.format("%H:%M"),
            inline(&n.title)
        );
    }
    Some(md)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_notes_leave_the_summary_for_their_own_file() {
        let note = |text: &str, private: bool| {
            format!(
                "[[notes]]\nat = \"2026-12-07T18:05:00+01:00\"\nstep = 2\nphase = \"questions\"\n\
                 title = \"Powerful questions\"\ncategory = \"question\"\nspeaker = \"Ben\"\n\
                 presenter = \"Ana\"\ntext = \"{text}\"\nprivate = {private}\n"
            )
        };
        let text = format!(
            "version = 2\nid = \"2026-12-07-180000-peer-circle\"\nprotocol = \"peer-circle\"\n\
             protocol_name = \"Peer circle\"\nstarted = \"2026-12-07T18:00:00+01:00\"\nfinished = true\n\
             members = [\"Ana\", \"Ben\"]\npresenters = [\"Ana\"]\n{}{}",
            note("What would success look like?", false),
            note("Ben seems tired", true)
        );
        let record = Record::from_toml(&text).unwrap();
        let summary = crate::record::summary::markdown(&record);
        assert!(summary.contains("What would success look like?"), "{summary}");
        assert!(!summary.contains("Ben seems tired"), "{summary}");
        let private = markdown(&record).expect("a private file");
        assert!(private.contains("Ben seems tired"), "{private}");
        assert!(!private.contains("What would success look like?"), "{private}");
        assert_eq!(markdown(&shared(&record)), None);
    }
}
